"""Labels a person writes in `banso.yaml` for people to read: one text, or one per language.

banso speaks Japanese and English, so a label shown in the web app (a model's name, a dimension, a
metric, an onboarding milestone) may be given in both:

    label: {ja: 浸透度, en: Penetration}
    label: Penetration          # the same text in both languages

A label with one language only is shown in that language to everyone. A plain text stays a plain
text when the model is hashed for its version, so writing labels this way changes no existing version.

>>> text_in(Bilingual(ja="浸透度", en="Penetration"), "ja"), text_in("Penetration", "ja")
('浸透度', 'Penetration')
>>> text_in(Bilingual(ja="浸透度"), "en"), text_in("", "en") is None
('浸透度', True)
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, model_validator


class Bilingual(BaseModel):
    """A label in the product's languages; either may be left out (the other is shown instead)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    ja: str | None = Field(None, min_length=1, description="Japanese")
    en: str | None = Field(None, min_length=1, description="English")

    @model_validator(mode="after")
    def _one_at_least(self) -> Bilingual:
        if self.ja is None and self.en is None:
            raise ValueError("give the label in Japanese (ja:), in English (en:), or both")
        return self


Label = str | Bilingual
"""A label as written: one text for every language, or `{ja: …, en: …}`."""


def text_in(label: Label | None, language: str) -> str | None:
    """The label in `language` (the other language when it was given in one only); None when empty."""
    if label is None or label == "":
        return None
    if isinstance(label, str):
        return label
    first, other = (label.ja, label.en) if language == "ja" else (label.en, label.ja)
    return first or other


def both(label: Label | None, fallback: str) -> dict[str, str]:
    """The label in each language, `fallback` where there is none: `{"ja": …, "en": …}`."""
    return {lang: text_in(label, lang) or fallback for lang in ("ja", "en")}
