#!/usr/bin/env python3
"""Generate NAME.txt and NAME.truth.yaml from marked-up source NAME.src.py, in the current folder
(the held-out sets that were written this way: cd corpus/unseen-7 && python3 ../gen.py NAME ...).
Markup: {number|unit|id} (id optional). Units: y=yuan, p=percent, pp=percentage points."""
import re, sys, importlib.util, pathlib
HERE = pathlib.Path.cwd()
UNITS = {"y": "yuan", "p": "percent", "pp": "percentage points", "usd": "US dollars"}
MARK = re.compile(r"\{([^|{}]+)\|([^|{}]+)(?:\|([^|{}]+))?\}")

def build(name):
    spec = importlib.util.spec_from_file_location(name, HERE / f"{name}.src.py")
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    src = m.TEXT.strip("\n")
    lines_out, claims, ids = [], [], {}
    for ln, raw in enumerate(src.split("\n"), 1):
        out, pos, last = [], 0, 0
        for mm in MARK.finditer(raw):
            out.append(raw[last:mm.start()])
            num, unit, cid = mm.group(1), UNITS.get(mm.group(2), mm.group(2)), mm.group(3)
            start = sum(len(s) for s in out)
            out.append(num)
            last = mm.end()
            claims.append((ln, num, unit, start))
            if cid:
                assert cid not in ids, cid
                ids[cid] = (ln, num)
        out.append(raw[last:])
        line = "".join(out)
        assert "{" not in line and "}" not in line, (ln, line)
        lines_out.append(line)
    # checks
    seen = set()
    for ln, num, unit, start in claims:
        assert (ln, num) not in seen, ("dup", ln, num)
        seen.add((ln, num))
        pat = re.compile(r"(?<![\w.,])" + re.escape(num) + r"(?![\w]|[.,]\d)")
        f = pat.search(lines_out[ln - 1])
        assert f and f.start() == start, ("first occurrence elsewhere", ln, num)
    txt = "\n".join(lines_out) + "\n"
    (HERE / f"{name}.txt").write_text(txt, encoding="utf-8")
    q = lambda s: '"' + s + '"'
    y = [f"# Truth for {name}.txt, written by hand from the arithmetic of the text (generated from inline markup). Lines are 1-based.", "claims:"]
    for ln, num, unit, _ in claims:
        y.append(f"  - {{line: {ln}, number: {q(num)}, unit: {unit}}}")
    y.append("relations:")
    for kind, figs in m.RELATIONS:
        y.append(f"  - kind: {kind}")
        y.append("    figures:")
        for cid, role in figs:
            ln, num = ids[cid]
            y.append(f"      - {{line: {ln}, number: {q(num)}, role: {role}}}")
    if not m.PLANTED:
        y.append("planted: []")
    else:
        y.append("planted:")
        for kind, cid, cites in m.PLANTED:
            ln, num = ids[cid]
            y.append(f"  - kind: {kind}")
            y.append(f"    line: {ln}")
            y.append(f"    number: {q(num)}")
            y.append("    cites: [" + ", ".join(f"{{line: {ids[c][0]}, number: {q(ids[c][1])}}}" for c in cites) + "]")
    (HERE / f"{name}.truth.yaml").write_text("\n".join(y) + "\n", encoding="utf-8")
    from collections import Counter
    kinds = Counter(k for k, _ in m.RELATIONS)
    print(name, "lines", len(lines_out), "claims", len(claims), "relations", len(m.RELATIONS), dict(kinds), "planted", len(m.PLANTED))

for n in sys.argv[1:]:
    build(n)
