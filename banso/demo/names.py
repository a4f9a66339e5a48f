"""Word lists that make the synthetic world read like a Japanese B2B customer base."""

from __future__ import annotations

import numpy as np


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


def _pairs(text: str) -> tuple[tuple[str, str], ...]:
    """`漢字:romaji` pairs."""
    return tuple((k, r) for k, r in (item.split(":") for item in text.split()))


PLACES = _words("""
    札幌 仙台 東京 横浜 川崎 千葉 さいたま 新潟 金沢 静岡 浜松 名古屋
    京都 大阪 神戸 岡山 広島 松山 高松 福岡 熊本 那覇 富士 瀬戸内
    日本 大和 東海 北陸 関西 九州 青葉 湘南 みなと 中央 北斗 飛鳥
""")
CORES = _words("""
    さくら みらい ひかり あおば つばさ ミドリ コスモ ヒノデ アスカ リンク ネクスト スマイル
    グローバル テック クリエイト サンライズ 三葉 丸一 大栄 山田 高橋 中村 松本 新光
    明和 共栄 白鷺 若葉 朝日 昭和 東邦
""")
KINDS = _words("""
    製作所 工業 商事 システム ソフト 建設 物流 電機 デザイン テクノロジーズ
    ホールディングス 設計 印刷 食品 不動産 メディカル ラボ ネットワークス 広告 コンサルティング
    エンジニアリング 出版 教育 精機 化学 サービス
""")
EN_CORES = ("Blue Harbor", "North Star", "Bright Path", "Pacific Rim", "Kestrel", "Maple Leaf", "Summit",
            "Red Pine", "Silver Line", "Open Field", "Lumen", "Cedar", "Harbor Light", "Wave", "Polaris")  # fmt: skip
EN_KINDS = ("Labs", "Systems", "Partners", "Works", "Digital", "Studio", "Solutions", "Group")
EN_FORMS = (" Inc.", " K.K.", " Ltd.", " Co., Ltd.")
ESCAPE_ME = "Sato & Sons <Engineering> Inc."
"""A real-looking name that must be escaped in HTML; always present in a world of 4+ accounts."""

INDUSTRIES = _words("""
    IT・ソフトウェア 製造 建設 広告・マーケティング 小売 物流 金融
    医療・福祉 教育 不動産 コンサルティング ゲーム メディア 公共
""")
PREFECTURES = _words("""
    東京都 大阪府 神奈川県 愛知県 福岡県 北海道 埼玉県 千葉県 兵庫県 京都府
    静岡県 広島県 宮城県 新潟県 石川県 岡山県 熊本県 沖縄県 長野県 愛媛県
""")
PREFECTURE_WEIGHTS = np.array([34, 11, 8, 8, 6, 4, 3, 3, 4, 3, 2, 2, 2, 1.5, 1.5, 1.5, 1, 1, 1, 1], dtype=float)
CSMS = ("佐藤 美咲", "鈴木 健太", "高橋 彩", "田中 翔", "伊藤 由衣", "渡辺 大輔", "山本 葵", "中村 拓海", "小林 真央")
SURNAMES = _pairs("""
    佐藤:sato 鈴木:suzuki 高橋:takahashi 田中:tanaka 伊藤:ito 渡辺:watanabe 山本:yamamoto 中村:nakamura
    小林:kobayashi 加藤:kato 吉田:yoshida 山田:yamada 佐々木:sasaki 山口:yamaguchi 松本:matsumoto 井上:inoue
    木村:kimura 林:hayashi 斎藤:saito 清水:shimizu 山崎:yamazaki 森:mori 池田:ikeda 橋本:hashimoto
    阿部:abe 石川:ishikawa 山下:yamashita 中島:nakajima 小川:ogawa 前田:maeda 岡田:okada 長谷川:hasegawa
    藤田:fujita 後藤:goto
""")
GIVEN_NAMES = _pairs("""
    太郎:taro 翔太:shota 大輔:daisuke 健太:kenta 拓海:takumi 蓮:ren 悠真:yuma 陽翔:haruto
    直樹:naoki 誠:makoto 花子:hanako 美咲:misaki 陽菜:hina 結衣:yui 葵:aoi さくら:sakura
    彩:aya 真央:mao 愛:ai 由美:yumi John:john Emily:emily Wei:wei Minh:minh
""")
JOB_TITLES = _words("""
    エンジニア プロジェクトマネージャー デザイナー ディレクター 営業 マーケティング 総務 人事
    経理 部長 課長 リーダー 情報システム CTO 代表取締役 Engineer
""")
HELP_ARTICLES = _words("""
    getting-started invite-members create-project gantt-chart-basics board-view wiki-formatting
    document-templates file-storage-limits slack-integration github-integration api-tokens webhooks
    csv-export custom-fields notifications two-factor-auth sso-saml billing-and-plans
    user-roles search-tips
""")
INTEGRATIONS = ("slack", "github", "google-drive", "microsoft-teams", "jira-import", "chatwork")


def company_names(rng: np.random.Generator, n: int) -> list[str]:
    """Company names: mostly 株式会社 style, some English; index 3 is `ESCAPE_ME`."""
    place = rng.integers(0, len(PLACES), n)
    core = rng.integers(0, len(CORES), n)
    kind = rng.integers(0, len(KINDS), n)
    style = rng.random(n)
    en_core = rng.integers(0, len(EN_CORES), n)
    en_kind = rng.integers(0, len(EN_KINDS), n)
    en_form = rng.integers(0, len(EN_FORMS), n)
    names = []
    for i in range(n):
        body = f"{PLACES[place[i]]}{CORES[core[i]]}{KINDS[kind[i]]}"
        if style[i] < 0.55:
            names.append(f"株式会社{body}")
        elif style[i] < 0.8:
            names.append(f"{body}株式会社")
        elif style[i] < 0.86:
            names.append(f"合同会社{CORES[core[i]]}{KINDS[kind[i]]}")
        elif style[i] < 0.9:
            names.append(f"{EN_CORES[en_core[i]]} & {EN_KINDS[en_kind[i]]}{EN_FORMS[en_form[i]]}")
        else:
            names.append(f"{EN_CORES[en_core[i]]} {EN_KINDS[en_kind[i]]}{EN_FORMS[en_form[i]]}")
    if n > 3:
        names[3] = ESCAPE_ME
    return names
