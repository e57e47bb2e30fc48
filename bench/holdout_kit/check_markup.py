"""Checks a holdout part file: YAML parses, markup is well formed, BSNs pass the elfproef.

Usage: python3 check_markup.py part_a.yml   (prints counts per type and problems)
"""
import re, sys, collections, yaml

TYPES = {"NAAM", "TELEFOON", "E-MAIL", "BSN", "IBAN", "ADRES", "POSTCODE", "HUISNUMMER",
         "DATUM", "KENTEKEN", "NUMMER"}
SPAN = re.compile(r"\[([^\[\]]+)\]\(([A-Z-]+)\)")

def elfproef(digits):
    d = [int(c) for c in digits]
    return len(d) == 9 and (sum(x * w for x, w in zip(d[:8], range(9, 1, -1))) - d[8]) % 11 == 0

def main(path):
    doc = yaml.safe_load(open(path, encoding="utf-8"))
    messages = doc["messages"] if isinstance(doc, dict) else doc
    counts, problems, clean = collections.Counter(), [], 0
    texts = set()
    for i, m in enumerate(messages):
        text = m["text"]
        if m.get("split") != "holdout":
            problems.append(f"{i}: split is not holdout")
        if text in texts:
            problems.append(f"{i}: duplicate message")
        texts.add(text)
        spans = SPAN.findall(text)
        if not spans:
            clean += 1
        for value, kind in spans:
            if kind not in TYPES:
                problems.append(f"{i}: unknown type {kind!r}")
            counts[kind] += 1
            if kind == "BSN" and not elfproef(re.sub(r"\D", "", value)):
                problems.append(f"{i}: BSN {value!r} fails the elfproef (make it NUMMER or change it)")
        rest = SPAN.sub("", text)
        if re.search(r"\]\([A-Z]", rest):
            problems.append(f"{i}: broken markup: {text!r}")
    print(f"{len(messages)} messages, {clean} without personal data")
    for kind, n in sorted(counts.items()):
        print(f"  {kind}: {n}")
    for p in problems:
        print("PROBLEM", p)

if __name__ == "__main__":
    main(sys.argv[1])
