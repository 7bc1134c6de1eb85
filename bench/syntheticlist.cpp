#include "syntheticlist.h"

#include <array>
#include <string_view>
#include <utility>

namespace Curator::Bench {

namespace {

// splitmix64: tiny, well distributed, and defined bit for bit (unlike
// std::uniform_int_distribution).
class Random
{
public:
    explicit Random(quint64 seed)
        : m_state(seed)
    { }
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    // From lo to hi, both included.
    int between(int lo, int hi) { return lo + int(next() % quint64(hi - lo + 1)); }
    template<typename T, size_t N>
    const T &pick(const std::array<T, N> &from)
    {
        return from[size_t(next() % N)];
    }

private:
    quint64 m_state;
};

using Words = std::string_view;

// Names with the accents, particles and apostrophes real author lists have.
constexpr std::array<Words, 32> Families
    = {"Abbott",      "Barak",    "Cadieu",   "Dayan",     "Eliasmith", "Friston", "Gerstner",
       "Häusser",     "Ito",      "Jazayeri", "Kanwisher", "Łuczak",    "Maass",   "Nieder",
       "Olshausen",   "Poggio",   "Quiroga",  "Rust",      "Saxe",      "Tsodyks", "Ullman",
       "Vértes",      "Wolpert",  "Xu",       "Yuste",     "Zipser",    "O'Keefe", "van Rossum",
       "de Lafuente", "Sussillo", "Chen",     "Kim"};
constexpr std::array<Words, 16> Initials
    = {"A.", "B.",    "C. D.", "E.", "F. J.", "G.", "H. S.", "J.",
       "K.", "L. F.", "M.",    "N.", "P. E.", "R.", "S.-C.", "T."};
constexpr std::array<Words, 30> TitleWords
    = {"cortical",   "circuits",  "learning",   "representations", "recurrent", "networks",
       "memory",     "synaptic",  "plasticity", "population",      "dynamics",  "sensory",
       "prediction", "reward",    "dopamine",   "visual",          "object",    "recognition",
       "spiking",    "neurons",   "inference",  "motor",           "control",   "language",
       "models",     "attention", "sparse",     "coding",          "place",     "cells"};
constexpr std::array<Words, 14> Venues = {"arXiv",
                                          "bioRxiv",
                                          "Nature",
                                          "Neuron",
                                          "Science",
                                          "eLife",
                                          "PNAS",
                                          "NeurIPS",
                                          "ICLR",
                                          "ICML",
                                          "Current Biology",
                                          "Nature Neuroscience",
                                          "PLoS computational biology",
                                          "arXiv (NeurIPS 2024)"};
constexpr std::array<Words, 4> Sections = {"Papers", "Reviews", "Blogs", "More awesome lists"};
constexpr std::array<int, 4> SectionPercent = {85, 10, 3, 2};

constexpr std::string_view Header
    = "<p align=\"center\">\n"
      "  <br>\n"
      "    <img src=\"logo.png\" width=\"150\"/>\n"
      "  <br>\n"
      "</p>\n"
      "\n"
      "# Awesome Synthetic Papers [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)\n"
      "\n"
      "> A made-up list for benchmarks and tests.\n"
      "\n";

void append(QByteArray &out, std::string_view s)
{
    out.append(s.data(), qsizetype(s.size()));
}

void appendNumber(QByteArray &out, int n, int width = 0)
{
    QByteArray digits = QByteArray::number(n);
    while (digits.size() < width)
        digits.prepend('0');
    out += digits;
}

// "Family, I." joined as APA joins them: "A, B, & C"; more than seven become "six, ... & last".
void appendAuthors(QByteArray &out, Random &rng)
{
    static constexpr std::array<int, 10> Counts = {1, 2, 2, 3, 3, 4, 5, 6, 8, 11};
    const int n = rng.pick(Counts);
    // The names first, so that each entry draws the same numbers however it is joined.
    std::array<std::pair<std::string_view, std::string_view>, 11> names;
    for (int i = 0; i < n; ++i)
        names[size_t(i)] = {rng.pick(Families), rng.pick(Initials)};
    auto one = [&](int i) {
        append(out, names[size_t(i)].first);
        out += ", ";
        append(out, names[size_t(i)].second);
    };
    const int shown = n > 7 ? 6 : n - 1; // the names before the last one
    for (int i = 0; i < shown; ++i) {
        if (i > 0)
            out += ", ";
        one(i);
    }
    if (n > 1)
        out += n > 7 ? ", ... & " : ", & ";
    one(n - 1);
}

void appendTitle(QByteArray &out, Random &rng)
{
    const int n = rng.between(3, 13);
    for (int i = 0; i < n; ++i) {
        if (i > 0)
            out += ' ';
        std::string_view w = rng.pick(TitleWords);
        if (i == 0) {
            out += char(w.front() - 'a' + 'A');
            w.remove_prefix(1);
        }
        append(out, w);
    }
}

// One of the four kinds of link the seed has: arXiv, a journal page, bioRxiv, a DOI.
void appendUrl(QByteArray &out, Random &rng, int year)
{
    switch (rng.between(0, 3)) {
    case 0:
        out += "https://arxiv.org/abs/";
        appendNumber(out, year % 100, 2);
        appendNumber(out, rng.between(1, 12), 2);
        out += '.';
        appendNumber(out, rng.between(1, 29999), 5);
        break;
    case 1:
        out += "https://www.nature.com/articles/s41593-";
        appendNumber(out, year % 100, 2);
        out += '-';
        appendNumber(out, rng.between(1000, 9999));
        out += '-';
        appendNumber(out, rng.between(0, 9));
        break;
    case 2:
        out += "https://www.biorxiv.org/content/10.1101/";
        appendNumber(out, year);
        out += '.';
        appendNumber(out, rng.between(1, 12), 2);
        out += '.';
        appendNumber(out, rng.between(1, 28), 2);
        out += '.';
        appendNumber(out, rng.between(100000, 999999));
        out += "v1";
        break;
    default:
        out += "https://doi.org/10.1016/j.neuron.";
        appendNumber(out, year);
        out += '.';
        appendNumber(out, rng.between(1, 12), 2);
        out += '.';
        appendNumber(out, rng.between(1, 999), 3);
        break;
    }
}

} // namespace

QByteArray syntheticList(const SyntheticListOptions &options)
{
    Random rng(options.seed);
    QByteArray out;
    out.reserve(qsizetype(options.entries) * 180 + 512);
    append(out, Header);
    std::array<int, 4> counts{};
    int assigned = 0;
    for (size_t k = 0; k < counts.size(); ++k) {
        counts[k] = options.entries * SectionPercent[k] / 100;
        assigned += counts[k];
    }
    counts[0] += options.entries - assigned;
    for (size_t k = 0; k < Sections.size(); ++k) {
        out += "# ";
        append(out, Sections[k]);
        out += "\n\n";
        if (options.table)
            out += "| Date | Title | Authors | Venue | Code |\n|:---:|---|---|:---:|:---:|\n";
        for (int i = 0; i < counts[k]; ++i) {
            const int year = rng.between(1995, 2026);
            if (options.table) {
                out += "| ";
                appendNumber(out, year);
                out += '.';
                appendNumber(out, rng.between(1, 12), 2);
                out += " | [**";
                appendTitle(out, rng);
                out += "**](";
                appendUrl(out, rng, year);
                out += ") | ";
                appendAuthors(out, rng);
                out += " | ";
                append(out, rng.pick(Venues));
                out += " | [code](https://github.com/lab";
                appendNumber(out, rng.between(1, 999));
                out += "/repo) |\n";
                continue;
            }
            appendAuthors(out, rng);
            out += " [**";
            appendTitle(out, rng);
            out += "**](";
            appendUrl(out, rng, year);
            out += ") ";
            append(out, rng.pick(Venues));
            out += " (";
            appendNumber(out, year);
            out += ")\n\n";
        }
        out += '\n';
    }
    if (options.crlf)
        out.replace("\n", "\r\n");
    return out;
}

} // namespace Curator::Bench
