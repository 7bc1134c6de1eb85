// Writes a synthetic awesome list to standard output (bench/syntheticlist.h):
//
//     make-list 100000 > /tmp/list-100k.md
//     make-list 1000 --seed 7 --crlf > /tmp/list-1k-crlf.md
//     make-list 100000 --table > /tmp/table-100k.md
#include "syntheticlist.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>

int main(int argc, char **argv)
{
    Curator::Bench::SyntheticListOptions options;
    bool haveCount = false;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--crlf") == 0) {
            options.crlf = true;
        } else if (std::strcmp(argv[i], "--table") == 0) {
            options.table = true;
        } else if (std::strcmp(argv[i], "--seed") == 0 && i + 1 < argc) {
            options.seed = std::strtoull(argv[++i], nullptr, 10);
        } else if (!haveCount && argv[i][0] >= '0' && argv[i][0] <= '9') {
            options.entries = std::atoi(argv[i]);
            haveCount = true;
        } else {
            std::fprintf(stderr, "usage: make-list N [--seed S] [--crlf] [--table]\n");
            return 2;
        }
    }
    if (!haveCount) {
        std::fprintf(stderr, "usage: make-list N [--seed S] [--crlf] [--table]\n");
        return 2;
    }
    const QByteArray list = Curator::Bench::syntheticList(options);
    return std::fwrite(list.constData(), 1, size_t(list.size()), stdout) == size_t(list.size()) ? 0
                                                                                                : 1;
}
