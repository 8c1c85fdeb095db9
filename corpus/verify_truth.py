#!/usr/bin/env python3
"""Check the truth files of this corpus against their transcripts (not against BriefingAudit).

    python3 corpus/verify_truth.py [NAME ...]      # default: every corpus/*.truth.yaml

For each NAME.truth.yaml it checks that
  * every claim's number occurs on its line as a whole number token, and (where the unit is
    written after it) that the unit follows;
  * no (line, number) pair is listed twice, and every relation and planted figure is a claim;
  * every relation in `relations` holds under the STRICT reading (each figure = the interval
    its digits round to, trailing zeros of whole numbers significant; hedges: "more than X" =
    above X, "nearly X" = [0.9X, X], "about X" = [0.95X, 1.05X], "less than X" = below X);
  * every planted error fails under the LOOSE reading (trailing zeros of whole numbers not
    significant, but at least two significant digits: 628,000 = [627,500, 628,500], 600 =
    [595, 605]; hedged bounds widened by rounding), i.e. it is wrong by more than rounding.
Hedges and the sign of growth rates ("down", "fell", "declined" ...) are read from the text
just before the figure, in its own sentence, after the previous number. Exit code 0 when everything holds.
"""
import itertools
import math
import pathlib
import re
import sys

import yaml

HERE = pathlib.Path(__file__).resolve().parent
SCALES = {"trillion": 1e12, "billion": 1e9, "million": 1e6, "thousand": 1e3}
HEDGE_MIN = re.compile(r"(more than|over|above|exceed(?:ed|ing|s)?|surpass(?:ed|ing|es)?|topp?(?:ed|ing)?|in excess of|upwards of)\s+$", re.I)
HEDGE_NEAR = re.compile(r"(nearly|close to|almost|approaching|just under)\s+$", re.I)
HEDGE_ABOUT = re.compile(r"(about|around|approximately|roughly|some)\s+$", re.I)
HEDGE_MAX = re.compile(r"(less than|below|under|fewer than|no more than)\s+$", re.I)
NEG = re.compile(r"\b(down|fell|fall|falls|falling|declin(?:e|ed|es|ing)|decreas(?:e|ed|es|ing)|dropped|drop|contracted by|contraction|negative)\b", re.I)
NUM = re.compile(r"(?<![\w.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\w])|(?<![\w.,])\d+(?:\.\d+)?(?![\w])")
RATE_ROLES = {"growth", "part-growth", "whole-growth", "total-growth", "rate", "base-rate",
              "later-rate", "earlier-rate"}
MAGNITUDE_ROLES = {"gap", "change", "contribution"}  # compared by absolute value


class Fig:
    def __init__(self, line_text, line, number, role=None):
        self.line, self.number, self.role = line, number, role
        pat = re.compile(r"(?<![\w.,])" + re.escape(number) + r"(?![\w]|[.,]\d)")
        m = pat.search(line_text)
        if not m:
            raise ValueError(f"line {line}: number {number!r} not found")
        if len(pat.findall(line_text)) > 1:
            self.ambiguous = True
        else:
            self.ambiguous = False
        self.start, self.end = m.start(), m.end()
        after = line_text[self.end:]
        sm = re.match(r"\s+(trillion|billion|million|thousand)\b", after)
        self.scale = SCALES[sm.group(1)] if sm else 1.0
        self.after = after[sm.end():] if sm else after
        # window before: from the previous number on the line (or line start)
        prev_end = 0
        for pm in NUM.finditer(line_text[: self.start]):
            prev_end = pm.end()
        self.before = line_text[prev_end: self.start]
        cuts = [m.end() for m in re.finditer(r"[.;?] |\b(?:while|whereas|but|and)\s", self.before)]
        if cuts:
            self.before = self.before[cuts[-1]:]
        self.hedge = None
        w = self.before[-40:]
        for name, rx in (("min", HEDGE_MIN), ("near", HEDGE_NEAR), ("about", HEDGE_ABOUT), ("max", HEDGE_MAX)):
            if rx.search(w):
                self.hedge = name
        self.negative = bool(NEG.search(self.before))
        raw = number.replace(",", "")
        self.value = float(raw)
        dec = len(raw.split(".")[1]) if "." in raw else 0
        self.step_strict = 10 ** (-dec)
        if dec == 0:
            digits = raw.lstrip("-")
            t = len(digits) - len(digits.rstrip("0"))
            t = max(0, min(t, len(digits) - 2))  # keep at least two significant digits
            self.step_loose = 10 ** t
        else:
            self.step_loose = self.step_strict

    def interval(self, loose):
        x, s = self.value, (self.step_loose if loose else self.step_strict)
        h = s / 2
        if self.hedge is None:
            lo, hi = x - h, x + h
        elif self.hedge == "min":
            lo, hi = (x - h if loose else x), x * 10
        elif self.hedge == "max":
            lo, hi = 0.0, (x + h if loose else x)
        elif self.hedge == "near":
            lo, hi = 0.9 * x - (h if loose else 0), x + (h if loose else 0)
        else:  # about
            lo, hi = 0.95 * x - (h if loose else 0), 1.05 * x + (h if loose else 0)
        lo, hi = lo * self.scale, hi * self.scale
        if self.negative and self.role in RATE_ROLES:
            lo, hi = -hi, -lo
        return (lo, hi)

    def __repr__(self):
        return f"{self.number}@{self.line}"


def corners(func, ivs):
    vals = []
    for combo in itertools.product(*[(a, b) for a, b in ivs]):
        try:
            vals.append(func(*combo))
        except ZeroDivisionError:
            pass
    mids = [(a + b) / 2 for a, b in ivs]
    vals.append(func(*mids))
    return (min(vals), max(vals))


def meets(a, b, eps=1e-12):
    return a[0] <= b[1] + eps * max(1, abs(b[1])) and b[0] <= a[1] + eps * max(1, abs(a[1]))


def meets_mag(stated, computed):
    neg = (-computed[1], -computed[0])
    return meets(stated, computed) or meets(stated, neg)


def evaluate(kind, figs, loose):
    """Return (holds, stated interval, computed interval, text)."""
    by = {}
    for f in figs:
        by.setdefault(f.role, []).append(f)
    iv = lambda f: f.interval(loose)
    one = lambda r: by[r][0]
    pct = lambda x: x / 100.0
    if kind == "restatement":
        ivs = [iv(f) for f in figs]
        ok = all(meets(a, b) for a, b in itertools.combinations(ivs, 2))
        return ok, ivs[0], ivs[1], "restated"
    if kind == "sum":
        t, parts = one("total"), by["part"]
        c = corners(lambda *p: sum(p), [iv(p) for p in parts])
        return meets(iv(t), c), iv(t), c, "sum of parts"
    if kind == "share":
        s, p, w = one("share"), one("part"), one("whole")
        c = corners(lambda a, b: a / b * 100, [iv(p), iv(w)])
        return meets(iv(s), c), iv(s), c, "part/whole %"
    if kind in ("gap", "acceleration"):
        g = one("gap") if kind == "gap" else one("change")
        a, b = (one("rate"), one("base-rate")) if kind == "gap" else (one("later-rate"), one("earlier-rate"))
        c = corners(lambda x, y: x - y, [iv(a), iv(b)])
        return meets_mag(iv(g), c), iv(g), c, "difference"
    if kind == "growth":
        tg = one("total-growth")
        parts, growths = by["part"], by["part-growth"]
        assert len(parts) == len(growths)
        n = len(parts)
        has_total = "total" in by
        ivs = [iv(p) for p in parts] + [iv(g) for g in growths] + ([iv(one("total"))] if has_total else [])

        def f(*v):
            L, G = v[:n], v[n:2 * n]
            num = v[2 * n] if has_total else sum(L)
            return (num / sum(l / (1 + pct(g)) for l, g in zip(L, G)) - 1) * 100
        c = corners(f, ivs)
        return meets(iv(tg), c), iv(tg), c, "growth of total from parts"
    if kind in ("share-change", "contribution"):
        target = one("change") if kind == "share-change" else one("contribution")
        gp, gw = one("part-growth"), one("whole-growth")
        if "part" in by and "whole" in by:
            ivs = [iv(one("part")), iv(one("whole")), iv(gp), iv(gw)]
            sh = lambda p, w: p / w
        else:
            ivs = [iv(one("share")), (1, 1), iv(gp), iv(gw)]
            sh = lambda s, _: s / 100
        if kind == "share-change":
            f = lambda a, b, x, y: (sh(a, b) - sh(a, b) * (1 + pct(y)) / (1 + pct(x))) * 100
        else:
            f = lambda a, b, x, y: sh(a, b) * (1 + pct(y)) * pct(x) / (1 + pct(x)) * 100
        c = corners(f, ivs)
        return meets_mag(iv(target), c), iv(target), c, kind
    if kind == "absolute-change":
        ch, lvl = one("change"), one("level")
        if "growth" in by:
            c = corners(lambda l, g: l - l / (1 + pct(g)), [iv(lvl), iv(one("growth"))])
        else:
            c = corners(lambda l, p: l - p, [iv(lvl), iv(one("previous"))])
        return meets_mag(iv(ch), c), iv(ch), c, "level change"
    if kind == "average":
        a = one("average")
        if "item" not in by:  # average = total / count ("an average of about 2,000 yuan per person")
            c = corners(lambda t, n: t / n, [iv(one("total")), iv(one("count"))])
            return meets(iv(a), c), iv(a), c, "total / count"
        items = by["item"]
        c = corners(lambda *x: sum(x) / len(x), [iv(i) for i in items])
        return meets(iv(a), c), iv(a), c, "mean of items"
    if kind == "count-change":
        # the change is a magnitude ("up 43,000", "116 fewer"); either direction is tried
        cnt, ch = one("count"), one("change")
        if "growth" in by:
            up = corners(lambda n, d: d / (n - d) * 100, [iv(cnt), iv(ch)])
            down = corners(lambda n, d: -d / (n + d) * 100, [iv(cnt), iv(ch)])
            g = iv(one("growth"))
            ok = meets(g, up) or meets(g, down)
            return ok, g, (up if meets(g, up) or not meets(g, down) else down), "change / previous %"
        c = corners(lambda n, p: n - p, [iv(cnt), iv(one("previous"))])
        return meets_mag(iv(ch), c), iv(ch), c, "count - previous"
    raise ValueError(f"unknown kind {kind}")


def check(name, verbose=False):
    txt = (HERE / f"{name}.txt").read_text(encoding="utf-8")
    assert "\r" not in txt, "CRLF"
    lines = txt.split("\n")
    truth = yaml.safe_load((HERE / f"{name}.truth.yaml").read_text(encoding="utf-8"))
    errs = []
    claims = {}
    for c in truth["claims"]:
        key = (c["line"], str(c["number"]))
        if key in claims:
            errs.append(f"duplicate claim {key}")
        try:
            f = Fig(lines[c["line"] - 1], c["line"], str(c["number"]))
        except ValueError as e:
            errs.append(str(e))
            continue
        unit = c["unit"]
        a = f.after.lstrip()
        if unit == "percent":
            ok = a.startswith("%")
        elif unit == "percentage points":
            ok = a.startswith("percentage point")
        else:
            ok = re.match(r"(?:[\w-]+\s+){0,3}" + re.escape(unit.split()[0]), a) is not None
        if not ok:
            errs.append(f"warn: line {c['line']} {c['number']}: unit {unit!r} not written after it (inherited?)")
        claims[key] = c
    n_ok = 0
    for r in truth.get("relations", []):
        figs = []
        for fg in r["figures"]:
            key = (fg["line"], str(fg["number"]))
            if key not in claims:
                errs.append(f"relation figure {key} is not a claim")
            figs.append(Fig(lines[fg["line"] - 1], fg["line"], str(fg["number"]), fg.get("role")))
        holds, st, co, what = evaluate(r["kind"], figs, loose=False)
        if not holds:
            errs.append(f"relation {r['kind']} {figs} does not hold (strict): stated {st}, {what} {co}")
        else:
            n_ok += 1
        if verbose:
            print(f"  ok {r['kind']:15} {figs} stated={fmt(st)} computed={fmt(co)}")
    for p in truth.get("planted", []) or []:
        key = (p["line"], str(p["number"]))
        if key not in claims:
            errs.append(f"planted figure {key} is not a claim")
        refs = [(p["line"], str(p["number"]))] + [(cf["line"], str(cf["number"])) for cf in p["cites"]]
        for r in refs[1:]:
            if r not in claims:
                errs.append(f"planted cite {r} is not a claim")
        holds, st, co, what, figs = planted_holds(p["kind"], refs, lines, claims)
        if holds:
            errs.append(f"planted {p['kind']} {figs} is NOT inconsistent (loose): stated {st}, {what} {co}")
        elif verbose:
            print(f"  PLANTED {p['kind']} {figs} stated={fmt(st)} computed={fmt(co)}")
    hard = [e for e in errs if not e.startswith("warn")]
    print(f"{name}: {len(lines) - (1 if lines[-1] == '' else 0)} lines, {len(claims)} claims, "
          f"{n_ok}/{len(truth.get('relations', []))} relations hold, {len(truth.get('planted') or [])} planted; "
          f"{len(hard)} problem(s)")
    for e in errs:
        print("   ", e)
    return not hard


def planted_holds(kind, refs, lines, claims):
    """A planted figure's relation has no roles in the truth file: try every reading of roles
    that the kind allows and report whether ANY of them holds (loose reading)."""
    units = {r: claims.get(r, {}).get("unit") for r in refs}
    mk = lambda r, role: Fig(lines[r[0] - 1], r[0], r[1], role)
    tries = []
    if kind == "restatement":
        tries.append([mk(r, None) for r in refs])
    elif kind == "sum":
        for t in refs:
            tries.append([mk(t, "total")] + [mk(r, "part") for r in refs if r != t])
    elif kind == "share":
        s = [r for r in refs if units[r] == "percent"]
        o = [r for r in refs if units[r] != "percent"]
        assert len(s) == 1 and len(o) == 2, f"share needs one percent and two levels: {refs}"
        for a, b in ((o[0], o[1]), (o[1], o[0])):
            tries.append([mk(s[0], "share"), mk(a, "part"), mk(b, "whole")])
    elif kind in ("gap", "acceleration"):
        g = [r for r in refs if units[r] == "percentage points"]
        o = [r for r in refs if units[r] != "percentage points"]
        assert len(g) == 1 and len(o) == 2, f"{kind} needs one percentage-point gap and two rates: {refs}"
        roles = ("gap", "rate", "base-rate") if kind == "gap" else ("change", "later-rate", "earlier-rate")
        tries.append([mk(g[0], roles[0]), mk(o[0], roles[1]), mk(o[1], roles[2])])
    else:
        # Every other kind: every way of giving the figures the kind's roles is tried, so the slip must fail
        # however the figures are read.
        for roles in role_lists(kind, len(refs)):
            orders = [tuple(roles)] + sorted(set(itertools.permutations(roles)) - {tuple(roles)})
            tries.extend([mk(r, role) for r, role in zip(refs, order)] for order in orders)
        if not tries:
            raise ValueError(f"planted {kind} cannot have {len(refs)} figures: {refs}")
    result = None
    for figs in tries:
        try:
            holds, st, co, what = evaluate(kind, figs, loose=True)
        except (ZeroDivisionError, KeyError, AssertionError):
            continue  # a reading the kind's formula cannot take (a zero base, a missing role)
        if holds:
            return holds, st, co, what, figs
        # Reported when nothing holds: the first reading, the planted figure in the kind's first role.
        result = result or (holds, st, co, what, figs)
    if result is None:
        raise ValueError(f"planted {kind} {refs}: no reading of roles could be evaluated")
    return result


def role_lists(kind, n):
    """The role lists the truth format allows for a relation of KIND with N figures."""
    if kind == "average":
        return ([["average", "total", "count"]] if n == 3 else []) + [["average"] + ["item"] * (n - 1)]
    if kind == "absolute-change":
        return [["change", "level", "growth"], ["change", "level", "previous"]] if n == 3 else []
    if kind == "count-change":
        return [["count", "change", "growth"], ["count", "change", "previous"]] if n == 3 else []
    if kind in ("share-change", "contribution"):
        head = "change" if kind == "share-change" else "contribution"
        if n == 4:
            return [[head, "share", "part-growth", "whole-growth"]]
        return [[head, "part", "whole", "part-growth", "whole-growth"]] if n == 5 else []
    if kind == "growth":
        pairs = (n - 1) // 2
        if n % 2 == 1:
            return [["total-growth"] + ["part", "part-growth"] * pairs]
        return [["total-growth", "total"] + ["part", "part-growth"] * ((n - 2) // 2)]
    raise ValueError(f"unknown kind {kind}")


def fmt(iv):
    return "[%.6g, %.6g]" % iv


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    verbose = "-v" in sys.argv
    names = args or sorted(p.name[: -len(".truth.yaml")] for p in HERE.glob("*.truth.yaml"))
    ok = all([check(n, verbose) for n in names])
    sys.exit(0 if ok else 1)
