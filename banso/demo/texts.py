"""Titles and bodies of touchpoints, as a help desk, a CRM and a mail tool would hold them."""

from __future__ import annotations

import numpy as np

from banso.demo.catalogue import CODE

SUPPORT_TOPICS = (
    ("ガントチャートが表示されない", "ガントチャート画面を開くと読み込みが終わりません。"),
    ("CSVエクスポートの文字化け", "課題一覧をCSVで出力するとExcelで文字化けします。"),
    ("通知メールが届かない", "課題の担当者に設定しても通知メールが届かないようです。"),
    ("SAML SSOの設定方法", "Azure AD とのシングルサインオン設定手順を教えてください。"),
    ("課題の一括更新について", "複数の課題のステータスをまとめて変更する方法はありますか。"),
    ("ストレージ容量の追加", "ファイル容量が上限に近づいています。追加購入の方法を知りたいです。"),
    ("API の rate limit について", "API 連携で 429 エラーが返ることがあります。上限を教えてください。"),
    ("Wiki の画像が表示されない", "Wiki に貼り付けた画像が一部のメンバーに表示されません。"),
    ("請求書の発行について", "請求書の宛名を変更して再発行していただけますか。"),
    ("ユーザー権限の変更方法", "メンバーを管理者に変更したいのですが、設定場所がわかりません。"),
    ("Slack 連携が切れる", "Slack 連携が数日おきに解除されてしまいます。"),
    ("プロジェクトのアーカイブ", "終了したプロジェクトをアーカイブしても検索に出ますか。"),
)
SEMINARS = (
    "はじめてのプロジェクト管理セミナー",
    "ガントチャート活用講座",
    "Wiki・ドキュメント活用術",
    "API・外部連携ハンズオン",
    "管理者向け 権限設計のベストプラクティス",
    "チームに定着させる3つのコツ",
)
SEMINAR_BODY = "オンラインセミナーに参加(Zoom ウェビナー、60分)。"
COMMUNITY = (
    "ユーザー会 東京 参加",
    "ユーザー会 大阪 参加",
    "コミュニティフォーラムに投稿",
    "活用事例 LT 登壇",
    "コミュニティフォーラムで回答",
)
COMMUNITY_CAMPAIGNS = ("usergroup-tokyo", "usergroup-osaka", "forum", "lt-night", "forum")
COMMUNITY_BODY = "コミュニティでの活動を記録。"
NEWSLETTER_TITLE = "月刊ニュースレター"
NEWSLETTER_BODY = "新機能のお知らせ、活用事例、セミナー案内を配信。"
REENGAGE_TITLE = "最近ご利用いただいていますか?"
REENGAGE_BODY = "利用が少ないアカウント向けに、活用ガイドと個別相談のご案内を配信。"
MEETING_TITLES = ("定例ミーティング", "活用状況レビュー", "更新前ミーティング", "課題ヒアリング", "QBR")
FEATURE_LABELS = {
    CODE["document_created"]: "ドキュメント機能",
    CODE["gantt_viewed"]: "ガントチャート",
    CODE["board_viewed"]: "カンバンボード",
    CODE["wiki_page_created"]: "Wiki",
}
ONBOARDING = ("キックオフ", "初期設定サポート", "活用トレーニング", "オンボーディング Webinar")
ONBOARDING_BODY = (
    "導入目的と成功指標を確認し、導入スケジュールを合意。",
    "プロジェクト・権限・通知の初期設定を一緒に実施。",
    "現場メンバー向けに課題管理とドキュメントの使い方をトレーニング。",
    "新規契約のお客様向け合同オンボーディングに参加。",
)
NPS_COMMENTS = (
    ("使いにくい。社内に定着していない。", "機能が多すぎて現場が使いこなせない。"),
    ("便利だが、動作が重いことがある。", "ガントチャートをもっと使いやすくしてほしい。"),
    ("チーム全員で使っていて手放せない。", "情報共有が格段に楽になった。"),
)


def pick(options: tuple[str, ...], index: np.ndarray) -> np.ndarray:
    return np.array(options, dtype=object)[index]


def support_titles(topic: np.ndarray) -> np.ndarray:
    return np.array([t for t, _ in SUPPORT_TOPICS], dtype=object)[topic]


def support_bodies(rng: np.random.Generator, topic: np.ndarray) -> np.ndarray:
    """The question, sometimes with a note on urgency."""
    body = np.array([b for _, b in SUPPORT_TOPICS], dtype=object)[topic]
    urgent = rng.random(len(topic)) < 0.15
    body[urgent] = body[urgent] + " 至急ご確認をお願いします。"
    return body


def meeting_bodies(feature: np.ndarray) -> np.ndarray:
    """Meeting notes; a proposing meeting names the feature it recommended."""
    body = np.full(len(feature), "利用状況を共有し、今後の進め方を確認。", dtype=object)
    for code, label in FEATURE_LABELS.items():
        body[feature == code] = f"利用状況を共有。{label}の活用を提案し、試していただくことで合意。"
    return body


def nps_comments(rng: np.random.Generator, score: np.ndarray) -> np.ndarray:
    """A free-text comment matching the score band (detractor, passive, promoter)."""
    band = np.where(score <= 6, 0, np.where(score <= 8, 1, 2))
    variant = rng.integers(0, 2, len(score))
    table = np.array(NPS_COMMENTS, dtype=object)
    return table[band, variant]
