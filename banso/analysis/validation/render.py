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
<h1>{{ title }}: {{ r.model_title.get(lang) or r.model_name }}</h1>
<p class="basis">{{ words.snapshots.format(n=r.snapshots) }} · {{ words.accounts.format(n=r.accounts) }} · {{ r.last_day }} · {{ words.model }} {{ r.model_version }}</p>
<p class="basis">{{ r.population.get(lang) }}</p>
{% for s in r.sections %}
<h2>{{ s.title[lang] }}</h2>
<p>{{ s.reading[lang] }}</p>
<p class="basis">{{ s.basis[lang] }}</p>
{% if s.pending %}<p class="thin">{{ pending }}</p>{% elif s.thin %}<p class="thin">{{ thin }}</p>{% endif %}
{% if s.key == "by_band" %}<table><tr>{% for h in words.band_columns %}<th>{{ h }}</th>{% endfor %}</tr>
{% for b in s.data.rates %}<tr><td>{{ words.bands[b.band] }}</td><td>{{ b.snapshots }}</td><td>{{ b.churned }}</td><td>{{ pct(b.rate) }}</td><td>{{ pct(b.low) }}–{{ pct(b.high) }}</td></tr>{% endfor %}</table>{% endif %}
{% if s.key == "by_month" %}<table><tr>{% for h in words.month_columns %}<th>{{ h }}</th>{% endfor %}</tr>
{% for m in s.data %}<tr><td>{{ m.month }}</td><td>{{ m.retained }}</td><td>{{ m.churned }}</td><td>{{ num(m.retained_median) }}</td><td>{{ num(m.churned_median) }}</td><td>{{ "%.4g"|format(m.p) if m.p is not none else "—" }}</td></tr>{% endfor %}</table>{% endif %}
{% endfor %}
</body></html>
"""

_env = Environment(autoescape=True)


def _pct(v: float | None) -> str:
    return "—" if v is None else f"{100 * v:.2f}%"


def _num(v: float | None) -> str:
    return "—" if v is None else f"{v:.1f}"


WORDS = {
    "ja": {"title": "ヘルススコアの検証", "thin": "根拠が少なく(解約30件未満)、確かな結論ではありません。",
           "pending": "履歴が短く、まだ計算できません。", "snapshots": "スナップショット {n} 件", "accounts": "{n} 社",
           "model": "モデル", "bands": {"good": "良好", "normal": "普通", "bad": "要注意"},
           "band_columns": ["ヘルス帯", "アカウント週", "90日以内の解約", "解約率", "95% 信頼区間"],
           "month_columns": ["契約後の月", "継続", "解約", "継続の中央値", "解約の中央値", "p"]},
    "en": {"title": "Health score validation", "thin": "Thin evidence (under 30 churns).",
           "pending": "Not computable yet: the history is too short.", "snapshots": "{n} snapshots",
           "accounts": "{n} accounts", "model": "model", "bands": {"good": "Good", "normal": "Normal", "bad": "Bad"},
           "band_columns": ["band", "account-weeks", "churned in 90 days", "rate", "95% CI"],
           "month_columns": ["month", "retained", "churned", "median retained", "median churned", "p"]},
}


def to_html(r: ValidationReport, lang: str) -> str:
    words = WORDS["ja" if lang == "ja" else "en"]
    return _env.from_string(_HTML).render(r=r, lang=lang, title=words["title"], thin=words["thin"],
                                          pending=words["pending"], words=words, pct=_pct, num=_num)


def to_csv(r: ValidationReport, lang: str) -> str:
    """One row per section: its reading, what it rests on, and whether the evidence is thin."""
    out = io.StringIO()
    w = SafeWriter(out)
    w.writerow(["section", "title", "reading", "basis", "thin", "pending"])
    for s in r.sections:
        w.writerow([s.key, s.title[lang], s.reading[lang], s.basis[lang], s.thin, s.pending])
    return out.getvalue()
