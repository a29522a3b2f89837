"""Code lists: 民族 (GB 3304), 与户主关系 (GB/T 4761 labels), statuses, special groups."""
from __future__ import annotations

from functools import lru_cache

ETHNICITIES: dict[str, str] = {
    "01": "汉族", "02": "蒙古族", "03": "回族", "04": "藏族", "05": "维吾尔族", "06": "苗族",
    "07": "彝族", "08": "壮族", "09": "布依族", "10": "朝鲜族", "11": "满族", "12": "侗族",
    "13": "瑶族", "14": "白族", "15": "土家族", "16": "哈尼族", "17": "哈萨克族", "18": "傣族",
    "19": "黎族", "20": "傈僳族", "21": "佤族", "22": "畲族", "23": "高山族", "24": "拉祜族",
    "25": "水族", "26": "东乡族", "27": "纳西族", "28": "景颇族", "29": "柯尔克孜族", "30": "土族",
    "31": "达斡尔族", "32": "仫佬族", "33": "羌族", "34": "布朗族", "35": "撒拉族", "36": "毛南族",
    "37": "仡佬族", "38": "锡伯族", "39": "阿昌族", "40": "普米族", "41": "塔吉克族", "42": "怒族",
    "43": "乌孜别克族", "44": "俄罗斯族", "45": "鄂温克族", "46": "德昂族", "47": "保安族",
    "48": "裕固族", "49": "京族", "50": "塔塔尔族", "51": "独龙族", "52": "鄂伦春族", "53": "赫哲族",
    "54": "门巴族", "55": "珞巴族", "56": "基诺族",
}
_ETHNICITY_BY_NAME = {v: k for k, v in ETHNICITIES.items()}
_ETHNICITY_BY_NAME.update({v[:-1]: k for k, v in ETHNICITIES.items() if v.endswith("族") and len(v) > 2})


@lru_cache(maxsize=512)
def ethnicity_code(text: str | None) -> str | None:
    """'汉族', '汉', '01', '1' -> '01'; None when unknown."""
    t = (text or "").strip()
    if not t:
        return None
    if t.isdecimal() and f"{int(t):02d}" in ETHNICITIES:
        return f"{int(t):02d}"
    return _ETHNICITY_BY_NAME.get(t)


# 与户主关系: labels as clerks write them, grouped by their GB/T 4761 class.
RELATIONS: list[str] = [
    "户主", "配偶", "子", "女", "儿媳", "女婿", "孙子", "孙女", "外孙子", "外孙女",
    "父亲", "母亲", "公公", "婆婆", "岳父", "岳母", "祖父", "祖母", "外祖父", "外祖母",
    "兄弟", "姐妹", "其他",
]
RELATION_ALIASES = {
    "本人": "户主", "妻": "配偶", "妻子": "配偶", "夫": "配偶", "丈夫": "配偶", "老伴": "配偶",
    "儿子": "子", "长子": "子", "次子": "子", "三子": "子", "独生子": "子", "养子": "子", "继子": "子",
    "女儿": "女", "长女": "女", "次女": "女", "三女": "女", "独生女": "女", "养女": "女", "继女": "女",
    "孙": "孙子", "孙女儿": "孙女", "父": "父亲", "母": "母亲", "兄": "兄弟", "弟": "兄弟",
    "哥哥": "兄弟", "弟弟": "兄弟", "姐": "姐妹", "妹": "姐妹", "姐姐": "姐妹", "妹妹": "姐妹",
    "媳妇": "儿媳", "儿媳妇": "儿媳",
}


def relation_label(text: str | None) -> str | None:
    t = (text or "").strip()
    if not t:
        return None
    if t in RELATIONS:
        return t
    return RELATION_ALIASES.get(t)


STATUSES = ["在册", "外出务工", "迁出", "死亡", "已合并"]
LIVING_STATUSES = ("在册", "外出务工", "迁出")

# Special groups (DOMAIN.md). `detail` holds the sub-kind where one applies.
SPECIAL_GROUPS: dict[str, list[str]] = {
    "低保": [],
    "特困供养": ["分散供养", "集中供养"],
    "残疾": [f"{c}{g}级" for c in ("视力", "听力", "言语", "肢体", "智力", "精神", "多重")
             for g in ("一", "二", "三", "四")],
    "高龄": [],
    "空巢老人": [],
    "独居老人": [],
    "留守儿童": [],
    "留守老人": [],
    "留守妇女": [],
    "困境儿童": [],
    "孤儿": [],
    "优抚对象": [],
    "脱贫户": [],
    "监测户": [],
}
# Sensitive (PIPL): never printed on public notices unless the notice is about it.
SENSITIVE_GROUPS = {"低保", "特困供养", "残疾", "困境儿童", "孤儿", "监测户"}
