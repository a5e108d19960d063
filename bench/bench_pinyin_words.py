"""Should words in descriptions, notes and other text be found by their pinyin, as names are
("chexiao" finding 撤销)? This prints what the choice costs and what it gives; nothing is asserted.
The decision and the figures are in docs/search.md.

    python bench/bench_pinyin_words.py [--cases 2000] [--lexicon PATH] [--top 5000]

1. Index size. The generated data of bench_search.py (a quarter of the sentences in Chinese), and
   the same data with every description, note, summary and citation in Chinese, are indexed twice:
   as today, and with the least that lets a two-syllable word be found as typed: one more token
   per pair of adjacent Han characters in the body fields, their joined toneless pinyin (撤销 ->
   "chexiao"). Longer words would need the query cut into syllables as well.
2. Precision on real words. When text is matched by toneless pinyin, a query for a word also
   matches every other word with the same syllables (撤销 "chexiao" and 车削; 约谈 "yuetan" and
   乐坛). For each word, precision is the share of its matches, weighted by how often each word is
   used, that are the word itself. It needs a word list with frequencies counted in real text:
   --lexicon PATH, one "word frequency [tag]" per line, e.g. the dict.txt of jieba 0.42.1 (349,046
   words; `pip install jieba` in a scratch environment; it is no dependency of CaseVault). Matches
   across word boundaries are not counted, so the figures are an upper bound."""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import search_data  # noqa: E402
from bench.bench_search import index_size  # noqa: E402
from db import search_index  # noqa: E402
from db.normalise import HAN, fold, pinyin_syllables  # noqa: E402
from db.search_text import PINYIN  # noqa: E402
from db.vault import Vault  # noqa: E402

PASSPHRASE = "benchmark passphrase 基准"
# Words a caseworker would look for in descriptions and notes of these cases.
DOMAIN = ("撤销 护照 签证 拘留 威胁 监视 约谈 遣返 家属 公安 警察 审判 通缉 冻结 出境 劝返 跟踪 骚扰 逮捕 起诉 缺席 "
          "绑架 难民 庇护 移民 领事 使馆 红通 天网 猎狐 退休 工作 学校 母亲 父亲 弟弟 女儿 律师 法院 银行 账户 "
          "微信 手机 电话 短信 监控 审讯 传唤 软禁 失踪 回国 自首 投案 外逃 腐败 贪污 亲属 恐吓 报警").split()


def word_pinyin_tokens(text: str) -> str:
    """The pinyin token of each pair of adjacent Han characters in `text`."""
    out = []
    for m in HAN.finditer(fold(text)):
        syllables = pinyin_syllables(m.group())
        out += [PINYIN + a + b for a, b in zip(syllables, syllables[1:], strict=False) if a and b]
    return " ".join(out)


def with_word_pinyin(document):  # type: ignore[no-untyped-def]
    """search_index.document, with the body's word pinyin added (for measuring only)."""
    def patched(fields):  # type: ignore[no-untyped-def]
        head, names, body = document(fields)
        extra = " ".join(t for label, text in fields
                         if label not in search_index.HEAD_FIELDS + search_index.NAME_FIELDS
                         and (t := word_pinyin_tokens(text)))
        return head, names, f"{body} {extra}" if extra else body
    return patched


def measure_size(cases: int, chinese_only: bool) -> tuple[int, int, int]:
    """(index bytes today, index bytes with word pinyin, text bytes) for generated data."""
    sentence = search_data.Generator.sentence
    if chinese_only:
        def chinese(self):  # type: ignore[no-untyped-def]
            parts = (self.rng.choice(search_data.ZH_PHRASES) + self.hanzi_name() for _ in range(self.rng.randint(2, 4)))
            return "，".join(parts) + "。"
        search_data.Generator.sentence = chinese  # type: ignore[method-assign]
    sizes = []
    original = search_index.document
    try:
        with tempfile.TemporaryDirectory() as folder:
            for patched in (False, True):
                search_index.document = with_word_pinyin(original) if patched else original
                with Vault.create(Path(folder) / f"v{patched}.cvault", PASSPHRASE, author="bench") as vault:
                    search_data.build(vault, cases, 10)
                    sizes.append(index_size(vault))
    finally:
        search_index.document = original
        search_data.Generator.sentence = sentence  # type: ignore[method-assign]
    (today, text), (more, _text) = sizes
    return today, more, text


def precision(lexicon: Path, top: int) -> None:
    from pypinyin import Style, lazy_pinyin  # noqa: PLC0415

    words: dict[str, int] = {}
    for line in lexicon.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) >= 2 and parts[1].isdigit() and all(HAN.fullmatch(c) for c in parts[0]):
            words[parts[0]] = words.get(parts[0], 0) + int(parts[1])
    # Every pair of adjacent syllables in every word, with the word's frequency: what a pinyin
    # token of the pair would match (each word read as a whole, so 长 in 长大 is zhang).
    pairs: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for word, freq in words.items():
        syllables = lazy_pinyin(word, style=Style.NORMAL)
        for i in range(len(word) - 1):
            pairs[syllables[i] + syllables[i + 1]].append((word[i:i + 2], freq))

    def score(word: str) -> tuple[float, list[str]]:
        key = "".join(lazy_pinyin(word, style=Style.NORMAL))
        hits = pairs.get(key, [])
        total = sum(f for _, f in hits)
        own = sum(f for w, f in hits if w == word)
        others: dict[str, int] = defaultdict(int)
        for w, f in hits:
            if w != word:
                others[w] += f
        return (own / total if total else 1.0), sorted(others, key=others.get, reverse=True)[:3]  # type: ignore[arg-type]

    print(f"\nprecision of a pinyin match, weighted by use ({len(words):,} words of {lexicon.name}):")
    domain = [(w, *score(w)) for w in DOMAIN]
    for word, p, others in sorted(domain, key=lambda x: x[1]):
        key = "".join(lazy_pinyin(word, style=Style.NORMAL))
        print(f"  {word} {key:<10} {p:6.1%}  also: {' '.join(others)}")
    values = [p for _, p, _ in domain]
    print(f"  domain words: median {statistics.median(values):.1%}, below 50% for {sum(v < 0.5 for v in values)} "
          f"of {len(values)}, below 90% for {sum(v < 0.9 for v in values)}")
    common = sorted((w for w in words if len(w) == 2), key=words.get, reverse=True)[:top]  # type: ignore[arg-type]
    values = [score(w)[0] for w in common]
    quartiles = statistics.quantiles(values, n=4)
    print(f"  the {len(common):,} most used two-character words: median {statistics.median(values):.1%}, "
          f"quartiles {quartiles[0]:.1%} / {quartiles[2]:.1%}, below 50% for {sum(v < 0.5 for v in values):,}, "
          f"below 90% for {sum(v < 0.9 for v in values):,}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=2000)
    parser.add_argument("--lexicon", type=Path, help="word list with frequencies (e.g. jieba's dict.txt)")
    parser.add_argument("--top", type=int, default=5000, help="how many of the most used words to score")
    args = parser.parse_args()
    print(f"index size, {args.cases:,} generated cases with 10 incidents each:")
    for label, chinese in (("bench mix (a quarter in Chinese)", False), ("all text fields in Chinese", True)):
        today, more, text = measure_size(args.cases, chinese)
        print(f"  {label:<34} today {today / 1e6:7.1f} MB, with word pinyin {more / 1e6:7.1f} MB "
              f"(+{(more - today) / today:.0%}); indexed text {text / 1e6:.1f} MB")
    if args.lexicon:
        precision(args.lexicon, args.top)
    else:
        print("\n(no --lexicon: precision not measured)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
