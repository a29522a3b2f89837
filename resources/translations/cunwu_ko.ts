<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="zh_CN">
<context>
    <name></name>
    <message>
        <source>已结账</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未结账</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>内部错误</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddGroupDialog</name>
    <message>
        <source>加入特殊群体</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1级</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>群体：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类别：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>残疾等级：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>开始日期：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备注：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请检查</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>添加用户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>用户名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>角色</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>再输一次密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请检查</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>两次输入的密码不一样。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdvanceDialog</name>
    <message>
        <source>{title}：{stage}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>应到人数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>实到人数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>赞成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>反对</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>弃权</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>须三分之二以上应到人员到会，且赞成票超过到会人数的一半。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>到会人数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>会议记录/意见</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>添加附件（会议记录扫描件、照片）…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>附件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择附件</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>村务通</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentsDialog</name>
    <message>
        <source>添加附件…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>用系统程序打开</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择左侧附件查看</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}（{size} KB）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>此类文件请用系统程序打开：{name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择附件</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupPanel</name>
    <message>
        <source>立即备份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>把数据文件完整复制一份到备份文件夹</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择备份文件夹…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>可以选 U 盘上的文件夹，备份就会存到 U 盘</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>从备份恢复…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>用一份备份替换现在的数据（现在的数据会先另存一份）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备份文件夹：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>还没有备份。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>最近一次备份：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>注意：已超过 7 天没有备份，请立即备份！</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备份未完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已备份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已备份并校验：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择备份文件夹</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法使用这个文件夹</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择备份文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>村务通备份 (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>确认恢复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>用这份备份替换现在的数据？现在的数据会先另存一份。恢复后程序需要重新打开数据文件。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>恢复未完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已恢复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已恢复。原来的数据另存为：</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BaselineDialog</name>
    <message>
        <source>改革前平均数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>填写本村移风易俗前办事的平均水平（用于计算节约的桌数和金额）：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>平均桌数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>每桌平均花费（元）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>平均彩礼（元）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BudgetDialog</name>
    <message>
        <source>预算：{fund}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>预算金额</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>年度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>支出科目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>预算金额（元）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CarePage</name>
    <message>
        <source>正在导入签到表…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClerkPage</name>
    <message>
        <source>经办人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>经办人的姓名会印在公告的“经办人”一栏。建议设置登录密码，保护村民的个人信息。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>设置登录密码（推荐）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>经办人姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登录用户名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>密码（至少 6 位）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>再输一次密码</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClosingTab</name>
    <message>
        <source>结账（选中月份）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>年结（选中月份所在年度）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>监委会审核签字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>结账后该月不能再记账或过账；更正请在未结账月份做冲销凭证。监委会审核已结账的月份或季度。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>月份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已过账凭证</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>草稿</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>结账</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>监委会签字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>村民质询</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>凭证号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>摘要</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>提问人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>质询</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>答复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>结账后 {p} 不能再记账，确定结账吗？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>年结</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>年结将结清 {y} 年全部未结账的月份，之后该年度不能再记账。确定吗？</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DayDialog</name>
    <message>
        <source>临时闭馆/开放：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>闭馆</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>开放</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按每周开放日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>如：国庆节放假</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这一天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>说明</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>新建议事事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>事项金额</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（未定）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>金额（元）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>资金来源</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>说明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>议事环节</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionsTab</name>
    <message>
        <source>新建事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>记录下一环节</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>终止事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>决议公告 PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>实施结果公告 PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>议事设置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>金额</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>进展</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>下一环节</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已支出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>终止原因（如：村民代表会议未通过）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>决议公告</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>实施结果公告</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存 PDF</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisclosureTab</name>
    <message>
        <source>第{n}季度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{m}月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>生成预览</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出 PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出 Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>年份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>期间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在生成财务公开表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已结账</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>尚未全部结账（公开前请先结账并请监委会审核）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（未签字）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}：收入 {i} 元（{ic}），支出 {e} 元（{ec}），期末余额 {c} 元。{state}。监委会：{signed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>财务公开表{period}.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>财务公开表{period}.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>准备就绪</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据文件：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备份文件夹：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这两个位置在“本村设置”页随时可以看到。点“完成”开始使用。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>登记入托：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>姓名、拼音首字母、身份证后几位或户号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>年满 %1 岁</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2 岁</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>查找</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>人员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>入托日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>年龄要求</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2  %3岁  %4  %5  %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（已在托）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请先在列表中选择要登记的人员。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有登记任何人：</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>修改草稿凭证</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>记一笔收支</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}（余额 {balance}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>收入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>支出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>金额</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>添加附件…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存后立即过账（过账后不能修改，只能冲销）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>资金</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>收支</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>金额（元）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>科目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>收/付款单位或个人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>摘要</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>议事事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>附件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（不引用）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}（可支出 {left}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>超过 {amount} 元的支出须引用已形成决议的议事事项。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择附件（收据扫描件、照片）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>红白事项详情</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登记红白事申报</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印承诺书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印公示</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>基本情况（事前申报）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>如：长子王伟与李娜结婚；父亲去世</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>开始</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>结束</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>申报日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>办事人（花名册）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>事由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>地点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>标准、申报与实际</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已办结，登记实际数字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登记日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>项目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本村标准</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>申报</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>实际</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>理事会意见、承诺书与现场监督</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>决定人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>理事会意见</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>意见说明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>家属已签订承诺书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>默认为办事人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>签订日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>签字人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>承诺书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>现场监督</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>监督情况，如 现场 18 桌，与申报一致</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>添加监督记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>超标处理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>处理日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>处理方式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>处理说明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>红白事服务中心收费（记入村级资金账本）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登记收费</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>金额（元）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（已取消）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不办</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>该日期没有有效的村规民约标准，请先在“村规民约标准”中设置。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>结束日期早于开始日期。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>符合本村标准，按时申报。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventTableModel</name>
    <message>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>办事人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>村民小组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>事由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>申报日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>理事会意见</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>承诺书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>结论</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>超标及逾期情况</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventsTab</name>
    <message>
        <source>全部</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不含已取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>含已取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>年份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>小组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登记申报</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>详情/修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印公示</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>共 %1 件；超标 %2 件（红色）；逾期申报 %3 件；待登记实际 %4 件。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消原因：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>公示期间（年、季度或月）：</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangeTab</name>
    <message>
        <source>打印密钥卡</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存密钥卡文件…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登记对方（导入密钥卡）…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>同时修改的处理记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>同步对象</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>区划代码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>密钥指纹</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>最近导出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>最近导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>待发送变更</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出数据包到U盘或文件夹…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>给全部对象各导出一个…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>预览导入…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入数据包…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>交换记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>方向</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>对方</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>变更条数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>乡镇</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>村</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本机：%1（%2，区划代码 %3）&#x3000;密钥指纹：%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请先在上面的列表里选中要发给的对象。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在导出数据包</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在核对数据包</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在导入数据包</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有导入：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已导出 %1 个数据包到 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已导出第 %1 号数据包给“%2”：%3 条变更，保存在 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择U盘或文件夹</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择数据包</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>村务通数据包 (*%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存密钥卡</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择对方的密钥卡</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>核对指纹</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>密钥卡：%1（%2）
指纹：%3

请与对方当面或电话逐组核对，与对方打印的指纹一致吗？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有登记</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>两边都改过同一内容时，采用修改时间较晚的一方；被覆盖的值记录在这里备查。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>字段</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保留的值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>来自</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>被覆盖的值</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>第 1 步：选择花名册文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>支持 .xlsx、.xls 和 .csv（UTF-8 或 GBK）。下一步会先显示对应关系和预览，不会马上写入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>点击“浏览…”选择文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>浏览…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择花名册</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>花名册 (*.xlsx *.xlsm *.xls *.csv);;所有文件 (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>欢迎使用村务通</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>还没有本村的数据。请选择：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>先看看示范村“高家湾村”（合成数据，单独存放，不影响本村数据）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>建立本村的数据（之后可从 Excel 花名册导入）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>如：高家湾村</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12 位统计用区划代码，可向乡镇索取</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>如：陕西省榆林市榆阳区</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>用顿号分开，如：一组、二组、三组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>村名：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>区划代码：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所属乡镇：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所属县（区）：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>村民小组：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>退出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请填写村名。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>区划代码应为 12 位数字（现在 %1 位）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>开始</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请检查</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FundDialog</name>
    <message>
        <source>新建资金账户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>期初余额</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>资金名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>来源</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>用途</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>期初余额（元）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>期初日期</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FundsTab</name>
    <message>
        <source>新建资金账户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>设置预算</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>资金名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>来源</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>用途</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>期初余额</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>累计收入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>累计支出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>余额</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>草稿</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>资金</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>科目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>年度预算</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>实际支出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>预算余额</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>执行率 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>资金余额合计：{amount} 元</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year} 年预算执行情况</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupsPanel</name>
    <message>
        <source>特殊群体</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>群体</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>开始</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>结束</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>加入…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>结束选中的…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（保存后结束）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（保存后生效）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请选择</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请选中一条尚未结束的记录（高龄按出生日期自动判断，不能手工结束）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>结束特殊群体记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>结束日期：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>原因：</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HallEntryDialog</name>
    <message>
        <source>登记收入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登记支出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>金额（元）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>摘要</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>交款人/收款单位</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HallTab</name>
    <message>
        <source>年份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登记收入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登记支出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>收支</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>金额</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>摘要</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>交款人/收款单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>每笔收支同时记入村级资金账本中的“红白事服务中心资金”，在“资金与财务公开”中一并公开。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 年：上年结余 %2，收入 %3，支出 %4，年末结余 %5；服务红白事 %6 起。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HouseholdDialog</name>
    <message>
        <source>户号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>户主</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>住址</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>村民小组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>网格</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>与户主关系</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>性别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>年龄</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>民族</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>人员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>从</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>到</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>家庭成员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>变动记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修改户信息…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>添加成员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修改成员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>设为户主</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>迁到其他户…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>迁出/死亡/…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>户：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（未设户主）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（网格员 %1）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正常</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已解散</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请先选择</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请先在列表中选中一位成员。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HouseholdInfoDialog</name>
    <message>
        <source>修改户信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（未分组）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（未划网格）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>户号：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>住址：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>村民小组：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>网格：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>联系电话：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不能保存</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>正在读取文件…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>从 Excel 导入花名册</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>下一步 &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; 上一步</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>开始导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>读取文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在导入花名册</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请稍候</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在处理，请等待完成或在进度框中点“取消”。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未完成</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <source>已取消，没有写入任何数据。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>内部错误：%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeaveDialog</name>
    <message>
        <source>办理退托：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>退托日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>原因</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerTab</name>
    <message>
        <source>2026（全年）、2026-Q1（季度）或 2026-03（月）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>草稿</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已过账</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>资金</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>期间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>查询</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>记一笔</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修改草稿</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>过账</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>冲销</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除草稿</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>附件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>村民质询</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>凭证号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>收支</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>科目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>金额</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>收/付款单位或个人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>摘要</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>议事事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部资金</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>收入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>支出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>冲销 {v}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已被 {v} 冲销</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>附件 {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>质询 {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已过账 {n} 张：收入 {i} 元，支出 {e} 元；草稿 {d} 张</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>凭证 {v} 已过账，不能修改；如有错误请冲销后重记。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>凭证 {v} 已过账。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>过账后凭证不能再修改或删除，只能冲销。确定过账“{s}”{a} 元吗？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>草稿凭证不用冲销，可以直接删除后重记。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除草稿“{s}”吗？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>附件：{v} {s}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>登录村务通</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>用户名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>退出</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>村务通</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>【示范数据】</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据文件：</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>新增</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>更新</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不变</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>错误</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第 2 步：核对表头和各列对应的字段</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>程序已自动识别表头；如有不对，请在“对应字段”中改选。下方预览前 %1 行将如何导入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工作表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>列</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>表头</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>对应字段</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>示例</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件：%1&#x3000;工作表：%2&#x3000;表头在第 %3 行，数据从第 %4 行开始，共 %5 行。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（不导入）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（必填）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>行号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>将会</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>说明</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>增加理事会成员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不是本村村民（如乡镇驻村干部）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>任期结束日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>职务</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本村村民</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>姓名（非村民）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>任期开始</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MembersTab</name>
    <message>
        <source>只看现任</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>增加成员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>结束任期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>职务</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本村村民</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>村民小组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>任期开始</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>任期结束</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>是</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>否</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>现任</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>任期结束日期（年-月-日）：</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewVersionDialog</name>
    <message>
        <source>新建标准版本</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>如：2026年村规民约修订（村民代表会议通过）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>从系统示例模板开始（否则沿用该日期前有效的标准）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>生效日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>名称</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticeKinds</name>
    <message>
        <source>花名册</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>村民花名册（横向 A4，身份证号隐去中间位）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>村民小组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>只列这个村民小组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>户籍状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在籍（在册和外出务工，默认）、全部或某一状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在籍</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在册</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>外出务工</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>迁出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>死亡</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已合并</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>特殊群体</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>只列某一特殊群体，如 高龄</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>低保</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>特困供养</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>残疾</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>高龄</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>空巢老人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>独居老人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>留守儿童</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>留守老人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>留守妇女</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>困境儿童</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>孤儿</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>优抚对象</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>脱贫户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>监测户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>低保/特困/高龄补贴公示</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>姓名、小组、金额；身份证号隐去中间位，不含健康信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>公示类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>低保、特困供养（五保）或 高龄</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>发放月份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM，默认本月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>每人每月金额（元）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不填则用本村设置（notices.allowance.&lt;类别&gt;）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>会议通知</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>四议两公开各阶段或其他会议的通知；给出决策编号时由资金模块填写</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>决策事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>四议两公开决策的编号（由资金模块提供数据）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>会议名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>会议时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>会议地点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>参会人员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>会议议题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>每行一个议题（命令行可重复 --agenda）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正文</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不填则按会议时间地点自动生成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>标题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>召集单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>决议公告</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>四议两公开的决议公开；给出决策编号时由资金模块填写</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>决议事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>涉及金额（元）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>决议内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>表决会议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>表决日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>应到人数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>实到人数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>同意票</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>反对票</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>弃权票</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>资金安排</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>实施主体</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>实施结果公告</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>四议两公开的实施结果公开（资金模块）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>财务公开表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>收支按资金和类别、余额、决策进展，金额大写，监委会签字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>公开期间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2026-03（月）、2026-Q1（季度）或 2026（年）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>资金</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>只公开这一项资金</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>红白喜事公示</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>事后实际情况与是否符合标准（红白理事会模块）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>公示期间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>红白事</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>只公示这一起红白事</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>红白事承诺书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>事主签字的简办承诺书（红白理事会模块）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>托老托幼月报表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在册、出勤人次、助餐餐次、服务项目、对象构成、应拨补贴（托老托幼模块）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>统计月份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>服务场所</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>只报这一处场所</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>户籍登记表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>空白户籍登记表，供手工填写</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>成员行数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>资金与财务公开</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>红白理事会</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>托老托幼</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>公告</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存PDF</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticeSettingsDialog</name>
    <message>
        <source>公告设置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>公告的固定文字同时印中文和朝鲜文（中文在前）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> 天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>如 0912-3456789</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year} 代表年份，{n} 代表当年序号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>双语公告</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>公示期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>监督电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文号格式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>补贴标准（元/人/月，公示时使用）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>低保（每人）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>特困供养 分散供养</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>特困供养 集中供养</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>高龄补贴 80–89 岁</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>高龄补贴 90–99 岁</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>高龄补贴 100 岁以上</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未设置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>特困供养</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>高龄补贴</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>低保金额</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未保存</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticesPage</name>
    <message>
        <source>正在生成公告…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticesPrinting</name>
    <message>
        <source>无法开始打印：打印机不可用或被占用。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>户数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在册人数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>外出务工</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>村民小组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>快捷键：Ctrl+F 查找人员&#x3000;Ctrl+N 新增人员&#x3000;Ctrl+1 至 Ctrl+8 切换左侧各页</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>区划代码 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>场所</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>月份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>当天全部到齐（Ctrl+D）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入签到表…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>临时闭馆/开放…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>当天全部到齐</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>签到登记</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请先选中要登记的那一天。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请先在“场所设置”里添加场所。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>空格=出勤&#x3000;数字=餐次&#x3000;Delete=清除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择签到表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>签到表 (*.xlsx *.xls *.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入签到表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2：导入 %3 人次，用餐 %4 餐次。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第 %1 行 %2 %3 %4：%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>有 %1 处未导入（已写入 %2）：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登记入托…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>办理退托…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>含已退托</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>入托人员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>性别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>出生日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>户号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>入托日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>结束日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>结束原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>今日在托 %1 人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>，核定名额 %1 人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请注意</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>办理退托</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请先选中一位在托人员。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>月报</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>年报</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出 Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印月报表…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印出勤明细…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>统计报表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1年</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出 Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel 表格 (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已导出：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>出勤明细</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>月报表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%2出勤明细.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%2月报表.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>添加场所…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修改所选场所…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> 岁</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>养老场所最低年龄</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所选场所的临时闭馆/开放日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>添加…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除所选</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>场所设置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>核定名额</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>今日在托</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>开放日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>服务项目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>每餐补贴（元）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>每人每月补贴（元）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>年龄范围</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这一天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>说明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>开放</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>闭馆</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>临时闭馆/开放</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请先选中一个场所。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修改场所</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>资金账户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>收支账目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>四议两公开</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>结账与监督</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>财务公开</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>需要相应模块提供数据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>落款</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>留空自动编号；填“无”则不印文号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>中朝双语</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>落款日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>预览</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存为 PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>公告设置…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>公告种类</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>公告</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>操作</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>操作人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>页数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>内容哈希 SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印和保存记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这种公告的数据由“%1”模块提供，当前版本尚未包含，暂时无法生成。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（不选）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（不限）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>每行一项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选项已更改，请重新预览后再打印或保存。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在生成…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>生成公告</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1，共 %2 页%3。核对无误后可打印或保存。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在打印…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已取消打印。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未打印</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已送打印机：%1 页。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存为 PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法写入 %1：%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已保存：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请先预览</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请先预览，核对无误后再打印或保存。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>记录失败</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>自动：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>红白事登记</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>村规民约标准</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>理事会成员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>统计</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>服务中心资金</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>查找：姓名、拼音首字母（如 zsf）、全拼、身份证号后几位、户号  (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新增人员 (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>查看本户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>从 Excel 导入…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出到 Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部小组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部人群</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有找到符合条件的人。可以少输几个字，或把筛选条件改回“全部”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>共 %1 人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本村设置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>村庄信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>村民小组与网格</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据与备份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关于</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>区划代码在初始化时确定，用于和乡镇同步，不能修改。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> 周岁</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>村名：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所属乡镇：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所属县（区）：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>统计用区划代码：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>高龄起始年龄：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不能保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已保存。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>组长</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>名称：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>组长：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新增小组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修改选中的小组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>网格</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所属小组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>网格员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所属小组：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>网格员：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>电话：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新增网格</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修改选中的网格</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请选择</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请先在左边列表中选中一个小组。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请先在右边列表中选中一个网格。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>网格名称不能为空。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打开所在文件夹</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打开备份文件夹</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据文件：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备份文件夹：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>每次升级数据结构前会自动备份。请定期把数据文件或备份文件夹复制到 U 盘保存。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;村务通 %1&lt;/h3&gt;&lt;p&gt;离线使用的村务管理程序：花名册、托老托幼、红白理事会、资金与财务公开、公告打印、与乡镇同步。&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>字体：%1（随程序附带，许可证见下）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（未找到许可证文件：%1）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（不属于某个小组）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;同步与上报&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据交换</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>月度上报</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>乡镇汇总</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfDialog</name>
    <message>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存为 PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存为 PDF</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>上一页</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>下一页</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>缩小</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>放大</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>适合宽度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>整页</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择公告种类并填好选项后，点“预览”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第 %1 / %2 页</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>修改人员信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新增人员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>18 位；旧的 15 位号码会自动升位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（未填）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>男</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>女</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>年-月-日，如 1968-03-05</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>性别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>出生日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>民族</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>与户主关系</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>变动记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>办理迁出、死亡、外出务工…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（保存后才有变动记录）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> → 户 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（无变动）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所在户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>换户请在户的页面用“迁到其他户”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已有的户号，或新户号（保存时建立新户）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>户号：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>村民小组：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>住址：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请填写户号。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>号码有效：%1 出生，%2。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>旧的 15 位号码已升为 18 位：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>加入已有的户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存时将建立新户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不能保存</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaceDialog</name>
    <message>
        <source>修改场所</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>添加场所</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>周</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> 岁</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>核定名额</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>每周开放</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>服务项目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>每餐补贴（元）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>每人每月补贴（元）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>至</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>儿童年龄范围</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>地址</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>负责人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlacePage</name>
    <message>
        <source>村（乡镇）信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12 位统计用区划代码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>区划代码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所属乡镇</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所属县（区）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>区划代码应为 12 位数字。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>“%1”功能正在建设中，下一版本提供。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <source>打印…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>另存为 PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未打印</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存 PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法写入文件：</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueryDialog</name>
    <message>
        <source>村民质询：凭证 {voucher}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} {who}：{question}
&#x3000;答复：{answer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（未答复）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（暂无质询）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>答复内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>答复人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>答复日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>提问人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>质询内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>提问日期</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RedWhite</name>
    <message>
        <source>逾期申报</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（逾期）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未决定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已签</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未签</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>输入姓名、拼音首字母或户号查找</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>内部错误</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <source>%1（%2）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>出勤
天数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>用餐
餐次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>临时来访（人次）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>来访用餐（餐次）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在托出勤（人次）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在托用餐（餐次）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 至 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>今</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未入托</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 %3岁</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不在入托期内</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>出勤，%1 餐</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>出勤</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请填写整数。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所选日期不在入托期内，不能记出勤。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这一天在托人员都已记出勤。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message>
        <source>空格：出勤/取消&#x3000;数字 0–3：用餐餐次&#x3000;字母：服务&#x3000;Delete：清除&#x3000;Ctrl+D：当天全部到齐</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>每天最多 3 餐。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <source>开放天数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在托人数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>服务人数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在托出勤（人次）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>临时来访（人次）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在托用餐（餐次）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>临时来访用餐（餐次）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>助餐补贴（元）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>运营补贴（元）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>应拨补贴合计（元）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>项目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>性别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>年龄</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>出勤天数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>用餐</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>出勤人次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>用餐餐次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>临时来访</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>每日出勤与用餐</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>月份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>应拨补贴（元）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>各月出勤与用餐</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>服务项目与重点人群</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>次数/人数</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <source>月份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>生成本月草稿</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>上报乡镇</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>接收</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>退回…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>各村上报的月报。选中一份，接收或退回（退回须写明原因），意见随下一次数据包发回村里。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>上报后，月报随下一次导出的数据包送到乡镇；乡镇的接收或退回意见随乡镇的数据包发回。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>上报时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>审核意见</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>草稿</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已上报</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已接收</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已退回</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 月报：%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>审核</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请先选中一份月报。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>退回月报</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>退回原因（村里会看到）：</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReverseDialog</name>
    <message>
        <source>冲销凭证 {voucher}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{summary}&#x3000;{amount} 元。冲销将记一张金额相反的凭证，原凭证保留。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>冲销原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>冲销日期</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>性别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>年龄</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>民族</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>与户主关系</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>户号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>村民小组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>议事设置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>议事标准金额</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>议事流程</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>超过此金额的支出须经决议（元）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已开始的事项保留开始时的流程。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>村务通 — 首次使用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>下一步</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>上一步</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请检查</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignoffDialog</name>
    <message>
        <source>监委会审核签字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>期间（2026-03 或 2026-Q1）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>签字人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>签字日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>审核意见</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StageProgress</name>
    <message>
        <source>选择上方的议事事项查看各环节。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}&#x3000;{amount} 元&#x3000;状态：{status}&#x3000;已支出 {spent} 元</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>应到 {m}，实到 {p}，赞成 {f}，反对 {a}，弃权 {b}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{stage}&lt;/b&gt;（{day}）{votes}&lt;br&gt;{minutes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>决议环节：到达后可据此支出</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StandardsTab</name>
    <message>
        <source>提前申报</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>事后申报</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>标准版本（按生效日期）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新建版本</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>采用示例模板</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除未用的版本</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>版本名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>禁止
办理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>申报
方式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>申报
天数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文字条文</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> 天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>金额填元（如 300 或 300.50）；留空表示不限。丧事一般“事后申报 1 天”，婚事“提前申报”若干天。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存本版本</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（现行）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>尚未设置本村的村规民约标准。可先“采用示例模板”，再按本村村规民约修改。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这是系统自带的示例（请按本村村规民约修改）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本版本已用于审核 %1 件事项，数字不能再改（只能改文字条文）；如标准有变化，请“新建版本”并填写新的生效日期。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>标准已保存。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除版本</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>确定删除这个没有用过的标准版本吗？</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>欢迎使用村务通</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这是一个新的数据文件。请选择怎样开始：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>先看看示范村（合成数据，随时可以另建本村数据）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>建立本村的数据（村委会使用）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>建立乡镇的汇总数据（乡镇使用，汇总各村上报）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatsTab</name>
    <message>
        <source>全村</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>年份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>范围</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>改革前平均数…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出 Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印年度总结</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按时申报</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已办结</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>符合标准</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>超标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已处理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>节约桌数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>节约金额</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 年共 %2 件，按时申报 %3，已办结 %4 件，符合标准 %5，超标 %6 件（已处理 %7 件）；比改革前少办 %8 桌，节约 %9。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（节约数按示例的改革前平均数估算，请点“改革前平均数…”按本村情况修改。）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未办结</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>各类事项（件）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>各村民小组（件）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已导出</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>第 3 步：导入结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打开错误表所在文件夹</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第 %1 行：%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第 %1 行（已导入，请核对）：%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>（从未）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TownshipTab</name>
    <message>
        <source>月份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出 Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出汇总</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未完成</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersPanel</name>
    <message>
        <source>用户名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>角色</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>添加用户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>停用/启用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>重设密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>启用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已停用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已设置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已建立管理员。下次启动村务通时需要登录。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新密码：</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_FormDialog</name>
    <message>
        <source>确定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>打印公告</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
