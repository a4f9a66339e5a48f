"""The validation report as CSV rows and as a standalone HTML page (autoescaped), for files and mail."""

from __future__ import annotations

import io

from jinja2 import Environment

from banso.analysis.validation.report import ValidationReport
from banso.csv_cells import SafeWriter

_HTML = """<!doctype html>
<html lang="{{ lang }}"><head><meta charset="utf-8"><title>banso — {{ title }}</title>
<style>body{font-family:system-ui,"Noto Sans CJK JP",sans-serif;max-width:960px;margin:2em auto;color:#1d2733}
h1{font-size:1.4em}h2{font-size:1.1em;margin-top:1.6em}.basis{color:#6b7785;font-size:.85em}
.thin{color:#b45309;font-size:.85em}table{border-collapse:collapse;font-size:.85em}td,th{padding:2px 8px;border-bottom:1px solid #e5e9ee;text-align:right}</style>
</head><body>
<h1>{{ title }}: {{ r.model_name }}</h1>
<p class="basis">{{ r.snapshots }} snapshots · {{ r.accounts }} accounts · {{ r.last_day }} · model {{ r.model_version }}</p>
{% for s in r.sections %}
<h2>{{ s.title[lang] }}</h2>
<p>{{ s.reading[lang] }}</p>
<p class="basis">{{ s.basis }}</p>
{% if s.pending %}<p class="thin">{{ pending }}</p>{% elif s.thin %}<p class="thin">{{ thin }}</p>{% endif %}
{% if s.key == "by_band" %}<table><tr><th>band</th><th>account-weeks</th><th>churned in 90 days</th><th>rate</th><th>95% CI</th></tr>
{% for b in s.data.rates %}<tr><td>{{ b.band }}</td><td>{{ b.snapshots }}</td><td>{{ b.churned }}</td><td>{{ pct(b.rate) }}</td><td>{{ pct(b.low) }}–{{ pct(b.high) }}</td></tr>{% endfor %}</table>{% endif %}
{% if s.key == "by_month" %}<table><tr><th>month</th><th>retained</th><th>churned</th><th>median retained</th><th>median churned</th><th>p</th></tr>
{% for m in s.data %}<tr><td>{{ m.month }}</td><td>{{ m.retained }}</td><td>{{ m.churned }}</td><td>{{ num(m.retained_median) }}</td><td>{{ num(m.churned_median) }}</td><td>{{ "%.4g"|format(m.p) if m.p is not none else "—" }}</td></tr>{% endfor %}</table>{% endif %}
{% endfor %}
</body></html>
"""

_env = Environment(autoescape=True)


def _pct(v: float | None) -> str:
    return "—" if v is None else f"{100 * v:.2f}%"


def _num(v: float | None) -> str:
    return "—" if v is None else f"{v:.1f}"


def to_html(r: ValidationReport, lang: str) -> str:
    title = "ヘルススコアの検証" if lang == "ja" else "Health score validation"
    thin = "根拠が少なく(解約30件未満)、確かな結論ではありません。" if lang == "ja" else "Thin evidence (under 30 churns)."
    pending = "履歴が短く、まだ計算できません。" if lang == "ja" else "Not computable yet: the history is too short."
    return _env.from_string(_HTML).render(r=r, lang=lang, title=title, thin=thin, pending=pending, pct=_pct, num=_num)


def to_csv(r: ValidationReport, lang: str) -> str:
    """One row per section: its reading, what it rests on, and whether the evidence is thin."""
    out = io.StringIO()
    w = SafeWriter(out)
    w.writerow(["section", "title", "reading", "basis", "thin", "pending"])
    for s in r.sections:
        w.writerow([s.key, s.title[lang], s.reading[lang], s.basis, s.thin, s.pending])
    return out.getvalue()
