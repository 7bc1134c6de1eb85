#pragma once

#include <QByteArrayView>
#include <QList>

#include <cstdio>
#include <cstdlib>

// A broken invariant is a finding like a crash: say which and abort, so that libFuzzer keeps the
// input. (Q_ASSERT would do too, but it is compiled out of release builds.)
#define FUZZ_CHECK(cond) \
    do { \
        if (!(cond)) { \
            std::fprintf(stderr, "%s:%d: invariant broken: %s\n", __FILE__, __LINE__, #cond); \
            std::abort(); \
        } \
    } while (false)

namespace CuratorFuzz {

// The targets that take several texts read them from one input, split at NUL bytes: a seed is
// then just the texts joined with "\0". Parts past `count` stay in the last one.
inline QList<QByteArrayView> splitParts(QByteArrayView input, int count)
{
    QList<QByteArrayView> parts;
    while (parts.size() < count - 1) {
        const qsizetype nul = input.indexOf('\0');
        if (nul < 0)
            break;
        parts.append(input.first(nul));
        input = input.sliced(nul + 1);
    }
    parts.append(input);
    while (parts.size() < count)
        parts.append(QByteArrayView());
    return parts;
}

inline QByteArrayView inputView(const uint8_t *data, size_t size)
{
    return QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size));
}

} // namespace CuratorFuzz
