#include "logging.h"

Q_LOGGING_CATEGORY(lcStore, "curator.store", QtWarningMsg)
Q_LOGGING_CATEGORY(lcImport, "curator.import", QtWarningMsg)
Q_LOGGING_CATEGORY(lcNet, "curator.net", QtWarningMsg)
Q_LOGGING_CATEGORY(lcGit, "curator.git", QtWarningMsg)
