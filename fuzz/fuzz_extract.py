"""Coverage-guided fuzzing of vnextract.extract with atheris.

    python fuzz/fuzz_extract.py -runs=20000            # or -max_total_time=60
    python fuzz/fuzz_extract.py corpus_dir/ -max_total_time=600

Each input becomes a text (any Unicode, lone surrogates included) and a
publication date; extract must return facts whose spans index the text, or
raise PublishedDateError for a bad date, and nothing else.
"""

import sys

import atheris

with atheris.instrument_imports():
    import vnextract
    from vnextract import PublishedDateError

EXTRACTOR = vnextract.Extractor(segment_words=False)
SEEDS = ["Năm 2020, giá trị ước đạt trên 68.800 tỷ đồng, giảm 1,7%",
         "từ 10 đến 15 tỷ đồng", "(+10,07%)", "quý I/2024", "2 triệu đồng/người/tháng"]


def test_one_input(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    choice = fdp.ConsumeIntInRange(0, 3)
    published = [None, "2020-12-30", fdp.ConsumeUnicode(12), "2024"][choice]
    text = fdp.ConsumeUnicode(4000)
    if choice == 3:
        text = SEEDS[len(text) % len(SEEDS)] + text
    try:
        facts = EXTRACTOR.extract(text, published)
    except PublishedDateError:
        return
    for fact in facts:
        for span in (fact.quantity, fact.metric, fact.period):
            if span is not None and span.text is not None:
                assert text[span.start:span.end] == span.text, (text, span)
        assert fact.quantity.value >= 0


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
