"""Labels that the Qt-free core defines (it cannot call Qt's tr), marked here for translation.

Statuses, special groups, 民族, care services, red-white kinds, fund sources and the like
are vocabulary of the program, not data a clerk typed: they are stored in Chinese (the
core's codes) and translated only where they reach the screen, through `core_label` (or
`core_list` for a "、"-joined list, `relation_label` for 与户主关系). A text that is not a
marked term (a fund's name, a person's name) is returned unchanged: user data is never
translated. tests/test_core_labels.py fails when the core gains a term not marked here.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "CoreLabels"
RELATION_CONTEXT = "Relation"     # separate: 女 is 딸 as a relation but 여 as a gender


MARKED = [
    # weekdays (desktop.core.care.places.WEEKDAY_NAMES)
    QT_TRANSLATE_NOOP("CoreLabels", "一"), QT_TRANSLATE_NOOP("CoreLabels", "二"),
    QT_TRANSLATE_NOOP("CoreLabels", "三"), QT_TRANSLATE_NOOP("CoreLabels", "四"),
    QT_TRANSLATE_NOOP("CoreLabels", "五"), QT_TRANSLATE_NOOP("CoreLabels", "六"),
    QT_TRANSLATE_NOOP("CoreLabels", "日"),
    # red-white limits (desktop.core.redwhite figures) and their units
    QT_TRANSLATE_NOOP("CoreLabels", "酒席"), QT_TRANSLATE_NOOP("CoreLabels", "每桌标准"),
    QT_TRANSLATE_NOOP("CoreLabels", "车辆"), QT_TRANSLATE_NOOP("CoreLabels", "彩礼"),
    QT_TRANSLATE_NOOP("CoreLabels", "礼金\n（每位宾客）"), QT_TRANSLATE_NOOP("CoreLabels", "礼金\n（近亲属）"),
    QT_TRANSLATE_NOOP("CoreLabels", "办事天数"), QT_TRANSLATE_NOOP("CoreLabels", "乐队/戏班"),
    QT_TRANSLATE_NOOP("CoreLabels", "桌"), QT_TRANSLATE_NOOP("CoreLabels", "元"),
    QT_TRANSLATE_NOOP("CoreLabels", "辆"), QT_TRANSLATE_NOOP("CoreLabels", "天"),
    QT_TRANSLATE_NOOP("CoreLabels", "班"),
    # font sizes (desktop.ui.i18n.FONT_SIZES)
    QT_TRANSLATE_NOOP("CoreLabels", "标准"), QT_TRANSLATE_NOOP("CoreLabels", "大"),
    QT_TRANSLATE_NOOP("CoreLabels", "特大"),
    # the separator of a list of terms (core_list)
    QT_TRANSLATE_NOOP("CoreLabels", "、"),
    # person status (roster.codes.STATUSES)
    QT_TRANSLATE_NOOP("CoreLabels", "在册"), QT_TRANSLATE_NOOP("CoreLabels", "外出务工"),
    QT_TRANSLATE_NOOP("CoreLabels", "迁出"), QT_TRANSLATE_NOOP("CoreLabels", "死亡"),
    QT_TRANSLATE_NOOP("CoreLabels", "已合并"),
    # gender
    QT_TRANSLATE_NOOP("CoreLabels", "男"), QT_TRANSLATE_NOOP("CoreLabels", "女"),
    # special groups and their details (roster.codes.SPECIAL_GROUPS)
    QT_TRANSLATE_NOOP("CoreLabels", "低保"), QT_TRANSLATE_NOOP("CoreLabels", "特困供养"),
    QT_TRANSLATE_NOOP("CoreLabels", "残疾"), QT_TRANSLATE_NOOP("CoreLabels", "高龄"),
    QT_TRANSLATE_NOOP("CoreLabels", "空巢老人"), QT_TRANSLATE_NOOP("CoreLabels", "独居老人"),
    QT_TRANSLATE_NOOP("CoreLabels", "留守儿童"), QT_TRANSLATE_NOOP("CoreLabels", "留守老人"),
    QT_TRANSLATE_NOOP("CoreLabels", "留守妇女"),
    QT_TRANSLATE_NOOP("CoreLabels", "困境儿童"), QT_TRANSLATE_NOOP("CoreLabels", "孤儿"),
    QT_TRANSLATE_NOOP("CoreLabels", "优抚对象"), QT_TRANSLATE_NOOP("CoreLabels", "脱贫户"),
    QT_TRANSLATE_NOOP("CoreLabels", "监测户"), QT_TRANSLATE_NOOP("CoreLabels", "分散供养"),
    QT_TRANSLATE_NOOP("CoreLabels", "集中供养"), QT_TRANSLATE_NOOP("CoreLabels", "视力一级"),
    QT_TRANSLATE_NOOP("CoreLabels", "视力二级"),
    QT_TRANSLATE_NOOP("CoreLabels", "视力三级"), QT_TRANSLATE_NOOP("CoreLabels", "视力四级"),
    QT_TRANSLATE_NOOP("CoreLabels", "听力一级"), QT_TRANSLATE_NOOP("CoreLabels", "听力二级"),
    QT_TRANSLATE_NOOP("CoreLabels", "听力三级"), QT_TRANSLATE_NOOP("CoreLabels", "听力四级"),
    QT_TRANSLATE_NOOP("CoreLabels", "言语一级"), QT_TRANSLATE_NOOP("CoreLabels", "言语二级"),
    QT_TRANSLATE_NOOP("CoreLabels", "言语三级"), QT_TRANSLATE_NOOP("CoreLabels", "言语四级"),
    QT_TRANSLATE_NOOP("CoreLabels", "肢体一级"), QT_TRANSLATE_NOOP("CoreLabels", "肢体二级"),
    QT_TRANSLATE_NOOP("CoreLabels", "肢体三级"), QT_TRANSLATE_NOOP("CoreLabels", "肢体四级"),
    QT_TRANSLATE_NOOP("CoreLabels", "智力一级"), QT_TRANSLATE_NOOP("CoreLabels", "智力二级"),
    QT_TRANSLATE_NOOP("CoreLabels", "智力三级"), QT_TRANSLATE_NOOP("CoreLabels", "智力四级"),
    QT_TRANSLATE_NOOP("CoreLabels", "精神一级"), QT_TRANSLATE_NOOP("CoreLabels", "精神二级"),
    QT_TRANSLATE_NOOP("CoreLabels", "精神三级"), QT_TRANSLATE_NOOP("CoreLabels", "精神四级"),
    QT_TRANSLATE_NOOP("CoreLabels", "多重一级"), QT_TRANSLATE_NOOP("CoreLabels", "多重二级"),
    QT_TRANSLATE_NOOP("CoreLabels", "多重三级"), QT_TRANSLATE_NOOP("CoreLabels", "多重四级"),
    QT_TRANSLATE_NOOP("CoreLabels", "视力"), QT_TRANSLATE_NOOP("CoreLabels", "听力"),
    QT_TRANSLATE_NOOP("CoreLabels", "言语"), QT_TRANSLATE_NOOP("CoreLabels", "肢体"),
    QT_TRANSLATE_NOOP("CoreLabels", "智力"), QT_TRANSLATE_NOOP("CoreLabels", "精神"),
    QT_TRANSLATE_NOOP("CoreLabels", "多重"),
    # the note on a derived 高龄 row (roster.groups)
    QT_TRANSLATE_NOOP("CoreLabels", "按出生日期自动判断"),
    # person and household events (roster.lifecycle)
    QT_TRANSLATE_NOOP("CoreLabels", "户主离户"), QT_TRANSLATE_NOOP("CoreLabels", "返乡"),
    QT_TRANSLATE_NOOP("CoreLabels", "更正"), QT_TRANSLATE_NOOP("CoreLabels", "更换户主"),
    QT_TRANSLATE_NOOP("CoreLabels", "户间迁移"), QT_TRANSLATE_NOOP("CoreLabels", "成为户主"),
    QT_TRANSLATE_NOOP("CoreLabels", "解散"), QT_TRANSLATE_NOOP("CoreLabels", "恢复"),
    QT_TRANSLATE_NOOP("CoreLabels", "合并"), QT_TRANSLATE_NOOP("CoreLabels", "合并入"),
    # 民族 (roster.codes.ETHNICITIES)
    QT_TRANSLATE_NOOP("CoreLabels", "汉族"), QT_TRANSLATE_NOOP("CoreLabels", "蒙古族"),
    QT_TRANSLATE_NOOP("CoreLabels", "回族"), QT_TRANSLATE_NOOP("CoreLabels", "藏族"),
    QT_TRANSLATE_NOOP("CoreLabels", "维吾尔族"), QT_TRANSLATE_NOOP("CoreLabels", "苗族"),
    QT_TRANSLATE_NOOP("CoreLabels", "彝族"), QT_TRANSLATE_NOOP("CoreLabels", "壮族"),
    QT_TRANSLATE_NOOP("CoreLabels", "布依族"), QT_TRANSLATE_NOOP("CoreLabels", "朝鲜族"),
    QT_TRANSLATE_NOOP("CoreLabels", "满族"), QT_TRANSLATE_NOOP("CoreLabels", "侗族"),
    QT_TRANSLATE_NOOP("CoreLabels", "瑶族"), QT_TRANSLATE_NOOP("CoreLabels", "白族"),
    QT_TRANSLATE_NOOP("CoreLabels", "土家族"), QT_TRANSLATE_NOOP("CoreLabels", "哈尼族"),
    QT_TRANSLATE_NOOP("CoreLabels", "哈萨克族"), QT_TRANSLATE_NOOP("CoreLabels", "傣族"),
    QT_TRANSLATE_NOOP("CoreLabels", "黎族"), QT_TRANSLATE_NOOP("CoreLabels", "傈僳族"),
    QT_TRANSLATE_NOOP("CoreLabels", "佤族"), QT_TRANSLATE_NOOP("CoreLabels", "畲族"),
    QT_TRANSLATE_NOOP("CoreLabels", "高山族"), QT_TRANSLATE_NOOP("CoreLabels", "拉祜族"),
    QT_TRANSLATE_NOOP("CoreLabels", "水族"), QT_TRANSLATE_NOOP("CoreLabels", "东乡族"),
    QT_TRANSLATE_NOOP("CoreLabels", "纳西族"), QT_TRANSLATE_NOOP("CoreLabels", "景颇族"),
    QT_TRANSLATE_NOOP("CoreLabels", "柯尔克孜族"),
    QT_TRANSLATE_NOOP("CoreLabels", "土族"), QT_TRANSLATE_NOOP("CoreLabels", "达斡尔族"),
    QT_TRANSLATE_NOOP("CoreLabels", "仫佬族"), QT_TRANSLATE_NOOP("CoreLabels", "羌族"),
    QT_TRANSLATE_NOOP("CoreLabels", "布朗族"), QT_TRANSLATE_NOOP("CoreLabels", "撒拉族"),
    QT_TRANSLATE_NOOP("CoreLabels", "毛南族"), QT_TRANSLATE_NOOP("CoreLabels", "仡佬族"),
    QT_TRANSLATE_NOOP("CoreLabels", "锡伯族"),
    QT_TRANSLATE_NOOP("CoreLabels", "阿昌族"), QT_TRANSLATE_NOOP("CoreLabels", "普米族"),
    QT_TRANSLATE_NOOP("CoreLabels", "塔吉克族"), QT_TRANSLATE_NOOP("CoreLabels", "怒族"),
    QT_TRANSLATE_NOOP("CoreLabels", "乌孜别克族"), QT_TRANSLATE_NOOP("CoreLabels", "俄罗斯族"),
    QT_TRANSLATE_NOOP("CoreLabels", "鄂温克族"), QT_TRANSLATE_NOOP("CoreLabels", "德昂族"),
    QT_TRANSLATE_NOOP("CoreLabels", "保安族"),
    QT_TRANSLATE_NOOP("CoreLabels", "裕固族"), QT_TRANSLATE_NOOP("CoreLabels", "京族"),
    QT_TRANSLATE_NOOP("CoreLabels", "塔塔尔族"), QT_TRANSLATE_NOOP("CoreLabels", "独龙族"),
    QT_TRANSLATE_NOOP("CoreLabels", "鄂伦春族"), QT_TRANSLATE_NOOP("CoreLabels", "赫哲族"),
    QT_TRANSLATE_NOOP("CoreLabels", "门巴族"), QT_TRANSLATE_NOOP("CoreLabels", "珞巴族"),
    QT_TRANSLATE_NOOP("CoreLabels", "基诺族"),
    # care place kinds, services and report shares (care.kinds)
    QT_TRANSLATE_NOOP("CoreLabels", "幸福院"), QT_TRANSLATE_NOOP("CoreLabels", "日间照料中心"),
    QT_TRANSLATE_NOOP("CoreLabels", "居家养老服务站"), QT_TRANSLATE_NOOP("CoreLabels", "托育点"),
    QT_TRANSLATE_NOOP("CoreLabels", "幼儿园"), QT_TRANSLATE_NOOP("CoreLabels", "托幼所"),
    QT_TRANSLATE_NOOP("CoreLabels", "助餐"), QT_TRANSLATE_NOOP("CoreLabels", "助浴"),
    QT_TRANSLATE_NOOP("CoreLabels", "助洁"),
    QT_TRANSLATE_NOOP("CoreLabels", "助医/体检"), QT_TRANSLATE_NOOP("CoreLabels", "文娱"),
    QT_TRANSLATE_NOOP("CoreLabels", "保育"), QT_TRANSLATE_NOOP("CoreLabels", "午餐"),
    QT_TRANSLATE_NOOP("CoreLabels", "空巢"), QT_TRANSLATE_NOOP("CoreLabels", "留守"),
    QT_TRANSLATE_NOOP("CoreLabels", "五保"),
    # red-white (redwhite.codes)
    QT_TRANSLATE_NOOP("CoreLabels", "婚事"), QT_TRANSLATE_NOOP("CoreLabels", "丧事"),
    QT_TRANSLATE_NOOP("CoreLabels", "寿宴"), QT_TRANSLATE_NOOP("CoreLabels", "满月"),
    QT_TRANSLATE_NOOP("CoreLabels", "升学宴"), QT_TRANSLATE_NOOP("CoreLabels", "乔迁宴"),
    QT_TRANSLATE_NOOP("CoreLabels", "其他"), QT_TRANSLATE_NOOP("CoreLabels", "会长"),
    QT_TRANSLATE_NOOP("CoreLabels", "副会长"), QT_TRANSLATE_NOOP("CoreLabels", "理事"),
    QT_TRANSLATE_NOOP("CoreLabels", "监事"), QT_TRANSLATE_NOOP("CoreLabels", "同意"),
    QT_TRANSLATE_NOOP("CoreLabels", "劝导"), QT_TRANSLATE_NOOP("CoreLabels", "不同意"),
    QT_TRANSLATE_NOOP("CoreLabels", "申报"), QT_TRANSLATE_NOOP("CoreLabels", "实际"),
    QT_TRANSLATE_NOOP("CoreLabels", "批评教育"), QT_TRANSLATE_NOOP("CoreLabels", "约谈劝导"),
    QT_TRANSLATE_NOOP("CoreLabels", "公开通报"),
    QT_TRANSLATE_NOOP("CoreLabels", "取消当年评先评优资格"), QT_TRANSLATE_NOOP("CoreLabels", "退还超标彩礼"),
    QT_TRANSLATE_NOOP("CoreLabels", "宾客"), QT_TRANSLATE_NOOP("CoreLabels", "人"),
    QT_TRANSLATE_NOOP("CoreLabels", "礼金（每位宾客）"), QT_TRANSLATE_NOOP("CoreLabels", "礼金（近亲属）"),
    QT_TRANSLATE_NOOP("CoreLabels", "吹鼓手/乐队/戏班"),
    QT_TRANSLATE_NOOP("CoreLabels", "场地使用费"), QT_TRANSLATE_NOOP("CoreLabels", "桌椅餐具租用费"),
    QT_TRANSLATE_NOOP("CoreLabels", "厨师服务费"), QT_TRANSLATE_NOOP("CoreLabels", "捐赠"),
    QT_TRANSLATE_NOOP("CoreLabels", "桌椅餐具购置"), QT_TRANSLATE_NOOP("CoreLabels", "维修"),
    QT_TRANSLATE_NOOP("CoreLabels", "水电燃气"), QT_TRANSLATE_NOOP("CoreLabels", "人工"),
    QT_TRANSLATE_NOOP("CoreLabels", "办公用品"),
    # rows the core adds to its tables (statistics)
    QT_TRANSLATE_NOOP("CoreLabels", "合计"), QT_TRANSLATE_NOOP("CoreLabels", "（未分组）"),
    # funds (accounts.SOURCES, ledger, config.PRESETS, decisions)
    QT_TRANSLATE_NOOP("CoreLabels", "上级专项资金"), QT_TRANSLATE_NOOP("CoreLabels", "福彩公益金"),
    QT_TRANSLATE_NOOP("CoreLabels", "以奖代补"), QT_TRANSLATE_NOOP("CoreLabels", "社会捐助"),
    QT_TRANSLATE_NOOP("CoreLabels", "一事一议筹资"), QT_TRANSLATE_NOOP("CoreLabels", "村集体经营收入"),
    QT_TRANSLATE_NOOP("CoreLabels", "收入"), QT_TRANSLATE_NOOP("CoreLabels", "支出"),
    QT_TRANSLATE_NOOP("CoreLabels", "上级拨款"), QT_TRANSLATE_NOOP("CoreLabels", "奖补资金"),
    QT_TRANSLATE_NOOP("CoreLabels", "社会捐赠"), QT_TRANSLATE_NOOP("CoreLabels", "集体经营收入"),
    QT_TRANSLATE_NOOP("CoreLabels", "利息收入"), QT_TRANSLATE_NOOP("CoreLabels", "其他收入"),
    QT_TRANSLATE_NOOP("CoreLabels", "工程维修"), QT_TRANSLATE_NOOP("CoreLabels", "设施设备"),
    QT_TRANSLATE_NOOP("CoreLabels", "助餐服务"), QT_TRANSLATE_NOOP("CoreLabels", "办公费"),
    QT_TRANSLATE_NOOP("CoreLabels", "水电费"), QT_TRANSLATE_NOOP("CoreLabels", "人员劳务"),
    QT_TRANSLATE_NOOP("CoreLabels", "慰问救助"), QT_TRANSLATE_NOOP("CoreLabels", "环境整治"),
    QT_TRANSLATE_NOOP("CoreLabels", "文体活动"), QT_TRANSLATE_NOOP("CoreLabels", "其他支出"),
    QT_TRANSLATE_NOOP("CoreLabels", "四议两公开（全国通行）"), QT_TRANSLATE_NOOP("CoreLabels", "四步议事（榆林）"),
    QT_TRANSLATE_NOOP("CoreLabels", "党支部提议"), QT_TRANSLATE_NOOP("CoreLabels", "两委会商议"),
    QT_TRANSLATE_NOOP("CoreLabels", "党员大会审议"), QT_TRANSLATE_NOOP("CoreLabels", "村民代表会议决议"),
    QT_TRANSLATE_NOOP("CoreLabels", "决议公开"),
    QT_TRANSLATE_NOOP("CoreLabels", "实施结果公开"), QT_TRANSLATE_NOOP("CoreLabels", "支部提议"),
    QT_TRANSLATE_NOOP("CoreLabels", "党群议事会决议"), QT_TRANSLATE_NOOP("CoreLabels", "监委会监督评议"),
    QT_TRANSLATE_NOOP("CoreLabels", "进行中"), QT_TRANSLATE_NOOP("CoreLabels", "已决议"),
    QT_TRANSLATE_NOOP("CoreLabels", "已完成"), QT_TRANSLATE_NOOP("CoreLabels", "已终止"),
    QT_TRANSLATE_NOOP("CoreLabels", "未通过"), QT_TRANSLATE_NOOP("CoreLabels", "已撤回"),
    QT_TRANSLATE_NOOP("CoreLabels", "政府配套资金"), QT_TRANSLATE_NOOP("CoreLabels", "已过账"),
    QT_TRANSLATE_NOOP("CoreLabels", "议事事项撤回与重新公开"), QT_TRANSLATE_NOOP("CoreLabels", "捐助应配套金额"),
    QT_TRANSLATE_NOOP("CoreLabels", "小微权力清单"), QT_TRANSLATE_NOOP("CoreLabels", "小微权力行使记录"),
    QT_TRANSLATE_NOOP("CoreLabels", "疑似拆分支出"), QT_TRANSLATE_NOOP("CoreLabels", "预算超支"),
    QT_TRANSLATE_NOOP("CoreLabels", "未来日期凭证"), QT_TRANSLATE_NOOP("CoreLabels", "结果重新打开未再公开"),
    QT_TRANSLATE_NOOP("CoreLabels", "议事事项"), QT_TRANSLATE_NOOP("CoreLabels", "办理"),
    # sync (reports.STATE_LABELS, registry.TABLE_LABELS)
    QT_TRANSLATE_NOOP("CoreLabels", "草稿"), QT_TRANSLATE_NOOP("CoreLabels", "已上报"),
    QT_TRANSLATE_NOOP("CoreLabels", "已接收"), QT_TRANSLATE_NOOP("CoreLabels", "已退回"),
    QT_TRANSLATE_NOOP("CoreLabels", "户"), QT_TRANSLATE_NOOP("CoreLabels", "人员"),
    QT_TRANSLATE_NOOP("CoreLabels", "特殊群体登记"), QT_TRANSLATE_NOOP("CoreLabels", "人员变动记录"),
    QT_TRANSLATE_NOOP("CoreLabels", "村民小组"),
    QT_TRANSLATE_NOOP("CoreLabels", "网格"), QT_TRANSLATE_NOOP("CoreLabels", "设置"),
    QT_TRANSLATE_NOOP("CoreLabels", "同步对象"), QT_TRANSLATE_NOOP("CoreLabels", "参考数据标记"),
    QT_TRANSLATE_NOOP("CoreLabels", "月度上报"), QT_TRANSLATE_NOOP("CoreLabels", "上报审核意见"),
    QT_TRANSLATE_NOOP("CoreLabels", "托老托幼场所"), QT_TRANSLATE_NOOP("CoreLabels", "场所临时闭馆/开放"),
    QT_TRANSLATE_NOOP("CoreLabels", "入托登记"), QT_TRANSLATE_NOOP("CoreLabels", "出勤登记"),
    QT_TRANSLATE_NOOP("CoreLabels", "临时来访"),
    QT_TRANSLATE_NOOP("CoreLabels", "托老托幼补贴标准"), QT_TRANSLATE_NOOP("CoreLabels", "托老托幼补贴拨付"),
    QT_TRANSLATE_NOOP("CoreLabels", "托老托幼工作人员和志愿者"),
    QT_TRANSLATE_NOOP("CoreLabels", "工作人员和志愿者服务时长"),
    QT_TRANSLATE_NOOP("CoreLabels", "工作人员"), QT_TRANSLATE_NOOP("CoreLabels", "志愿者"),
    QT_TRANSLATE_NOOP("CoreLabels", "已拨补贴（分）"), QT_TRANSLATE_NOOP("CoreLabels", "个人自付（分）"),
    QT_TRANSLATE_NOOP("CoreLabels", "来访服务项目"), QT_TRANSLATE_NOOP("CoreLabels", "工作人员服务分钟"),
    QT_TRANSLATE_NOOP("CoreLabels", "志愿服务分钟"),
    QT_TRANSLATE_NOOP("CoreLabels", "红白事项"), QT_TRANSLATE_NOOP("CoreLabels", "红白事申报/实际数字"),
    QT_TRANSLATE_NOOP("CoreLabels", "红白事现场监督"), QT_TRANSLATE_NOOP("CoreLabels", "红白事标准"),
    QT_TRANSLATE_NOOP("CoreLabels", "红白事标准版本"), QT_TRANSLATE_NOOP("CoreLabels", "红白理事会成员"),
    QT_TRANSLATE_NOOP("CoreLabels", "红白事服务中心收支"), QT_TRANSLATE_NOOP("CoreLabels", "红白事改革前平均数"),
    QT_TRANSLATE_NOOP("CoreLabels", "户变动记录"), QT_TRANSLATE_NOOP("CoreLabels", "公告打印/张贴记录"),
    QT_TRANSLATE_NOOP("CoreLabels", "资金"), QT_TRANSLATE_NOOP("CoreLabels", "资金预算"),
    QT_TRANSLATE_NOOP("CoreLabels", "议事决策事项"), QT_TRANSLATE_NOOP("CoreLabels", "议事决策步骤"),
    QT_TRANSLATE_NOOP("CoreLabels", "收支凭证"), QT_TRANSLATE_NOOP("CoreLabels", "月度结账"),
    QT_TRANSLATE_NOOP("CoreLabels", "监委会审核签字"), QT_TRANSLATE_NOOP("CoreLabels", "村民询问与答复"),
    QT_TRANSLATE_NOOP("CoreLabels", "凭证附件"),
    # monthly report figures (sync.reports.leaf_label: each part of a "·" path)
    QT_TRANSLATE_NOOP("CoreLabels", "人口"), QT_TRANSLATE_NOOP("CoreLabels", "户数"),
    QT_TRANSLATE_NOOP("CoreLabels", "人数"), QT_TRANSLATE_NOOP("CoreLabels", "0-6岁"),
    QT_TRANSLATE_NOOP("CoreLabels", "60岁以上"), QT_TRANSLATE_NOOP("CoreLabels", "80岁以上"),
    QT_TRANSLATE_NOOP("CoreLabels", "托幼"), QT_TRANSLATE_NOOP("CoreLabels", "托老"),
    QT_TRANSLATE_NOOP("CoreLabels", "临时来访人次"), QT_TRANSLATE_NOOP("CoreLabels", "出勤人次"),
    QT_TRANSLATE_NOOP("CoreLabels", "在托人数"), QT_TRANSLATE_NOOP("CoreLabels", "场所数"),
    QT_TRANSLATE_NOOP("CoreLabels", "应拨补贴（分）"), QT_TRANSLATE_NOOP("CoreLabels", "服务人数"),
    QT_TRANSLATE_NOOP("CoreLabels", "服务对象"), QT_TRANSLATE_NOOP("CoreLabels", "服务项目"),
    QT_TRANSLATE_NOOP("CoreLabels", "来访用餐餐次"), QT_TRANSLATE_NOOP("CoreLabels", "核定名额"),
    QT_TRANSLATE_NOOP("CoreLabels", "用餐餐次"), QT_TRANSLATE_NOOP("CoreLabels", "事项数"),
    QT_TRANSLATE_NOOP("CoreLabels", "按时申报"), QT_TRANSLATE_NOOP("CoreLabels", "按类别"),
    QT_TRANSLATE_NOOP("CoreLabels", "符合标准"), QT_TRANSLATE_NOOP("CoreLabels", "超标"),
    QT_TRANSLATE_NOOP("CoreLabels", "决策事项"), QT_TRANSLATE_NOOP("CoreLabels", "期初余额（分）"),
    QT_TRANSLATE_NOOP("CoreLabels", "期末余额（分）"), QT_TRANSLATE_NOOP("CoreLabels", "未过账草稿"),
    QT_TRANSLATE_NOOP("CoreLabels", "本月已结账"), QT_TRANSLATE_NOOP("CoreLabels", "本月支出（分）"),
    QT_TRANSLATE_NOOP("CoreLabels", "本月收入（分）"), QT_TRANSLATE_NOOP("CoreLabels", "监委会签字"),
    QT_TRANSLATE_NOOP("CoreLabels", "资金数"),
    # users (security.policy.ROLE_LABELS), notices (registry.AREA_NAMES, history.ACTIONS)
    QT_TRANSLATE_NOOP("CoreLabels", "管理员"), QT_TRANSLATE_NOOP("CoreLabels", "村务员"),
    QT_TRANSLATE_NOOP("CoreLabels", "监委会"), QT_TRANSLATE_NOOP("CoreLabels", "乡镇人员"),
    QT_TRANSLATE_NOOP("CoreLabels", "资金与财务公开"), QT_TRANSLATE_NOOP("CoreLabels", "红白理事会"),
    QT_TRANSLATE_NOOP("CoreLabels", "托老托幼"), QT_TRANSLATE_NOOP("CoreLabels", "公告"),
    QT_TRANSLATE_NOOP("CoreLabels", "打印"),
    QT_TRANSLATE_NOOP("CoreLabels", "保存PDF"),
]
RELATIONS_MARKED = [
    QT_TRANSLATE_NOOP("Relation", "户主"), QT_TRANSLATE_NOOP("Relation", "配偶"),
    QT_TRANSLATE_NOOP("Relation", "子"), QT_TRANSLATE_NOOP("Relation", "女"),
    QT_TRANSLATE_NOOP("Relation", "儿媳"), QT_TRANSLATE_NOOP("Relation", "女婿"),
    QT_TRANSLATE_NOOP("Relation", "孙子"), QT_TRANSLATE_NOOP("Relation", "孙女"),
    QT_TRANSLATE_NOOP("Relation", "外孙子"), QT_TRANSLATE_NOOP("Relation", "外孙女"),
    QT_TRANSLATE_NOOP("Relation", "父亲"), QT_TRANSLATE_NOOP("Relation", "母亲"),
    QT_TRANSLATE_NOOP("Relation", "公公"), QT_TRANSLATE_NOOP("Relation", "婆婆"),
    QT_TRANSLATE_NOOP("Relation", "岳父"), QT_TRANSLATE_NOOP("Relation", "岳母"),
    QT_TRANSLATE_NOOP("Relation", "祖父"), QT_TRANSLATE_NOOP("Relation", "祖母"),
    QT_TRANSLATE_NOOP("Relation", "外祖父"), QT_TRANSLATE_NOOP("Relation", "外祖母"),
    QT_TRANSLATE_NOOP("Relation", "兄弟"), QT_TRANSLATE_NOOP("Relation", "姐妹"),
    QT_TRANSLATE_NOOP("Relation", "其他"),
]


def core_label(text: str | None) -> str:
    """The interface's word for a core term; any other text (user data) comes back as it is."""
    if not text:
        return text or ""
    return QCoreApplication.translate(CONTEXT, text)


def core_list(text: str | None) -> str:
    """A "、"-joined list of core terms (e.g. a place's services 助餐、助浴), each translated."""
    parts = [core_label(p) for p in (text or "").split("、") if p]
    return QCoreApplication.translate(CONTEXT, "、").join(parts)


def core_path(text: str | None) -> str:
    """A "·"-joined path of core terms (a report figure: 托老托幼·托老·服务项目·助浴), each translated."""
    return "·".join(core_label(p) for p in (text or "").split("·"))


def relation_label(text: str | None) -> str:
    if not text:
        return text or ""
    return QCoreApplication.translate(RELATION_CONTEXT, text)
