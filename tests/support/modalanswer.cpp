// The moc output of UrlCatcher (modalanswer.h) lives in this library.
#include "modalanswer.h"
