<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ko" sourcelanguage="zh_CN">
<context>
    <name>AddGroupDialog</name>
    <message>
        <source>加入特殊群体</source>
        <translation>특수 대상에 추가</translation>
    </message>
    <message>
        <source>%1级</source>
        <translation>%1급</translation>
    </message>
    <message>
        <source>群体：</source>
        <translation>계층:</translation>
    </message>
    <message>
        <source>类别：</source>
        <translation>유형:</translation>
    </message>
    <message>
        <source>残疾等级：</source>
        <translation>장애 등급:</translation>
    </message>
    <message>
        <source>开始日期：</source>
        <translation>시작 날짜:</translation>
    </message>
    <message>
        <source>备注：</source>
        <translation>비고:</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>添加用户</source>
        <translation>사용자 추가</translation>
    </message>
    <message>
        <source>用户名</source>
        <translation>사용자 이름</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>성명</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>密码</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <source>再输一次密码</source>
        <translation>비밀번호 다시 입력</translation>
    </message>
    <message>
        <source>请检查</source>
        <translation>확인하십시오</translation>
    </message>
    <message>
        <source>两次输入的密码不一样。</source>
        <translation>두 번 입력한 비밀번호가 일치하지 않습니다.</translation>
    </message>
</context>
<context>
    <name>AdvanceDialog</name>
    <message>
        <source>{title}：{stage}</source>
        <translation>{title}: {stage}</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>表决未通过（记录票数，事项结束为“未通过”）</source>
        <translation>표결 부결(표수를 기록하고 사항은 '부결'로 종료)</translation>
    </message>
    <message>
        <source>应到人数</source>
        <translation>재적 인원</translation>
    </message>
    <message>
        <source>实到人数</source>
        <translation>실제 참석 인원</translation>
    </message>
    <message>
        <source>赞成</source>
        <translation>찬성</translation>
    </message>
    <message>
        <source>反对</source>
        <translation>반대</translation>
    </message>
    <message>
        <source>弃权</source>
        <translation>기권</translation>
    </message>
    <message>
        <source>须三分之二以上应到人员到会，且赞成票超过到会人数的一半。</source>
        <translation>참석 대상 인원의 3분의 2 이상이 참석하고, 찬성표가 참석 인원의 과반수여야 합니다.</translation>
    </message>
    <message>
        <source>到会人数</source>
        <translation>참석 인원</translation>
    </message>
    <message>
        <source>会议记录/意见</source>
        <translation>회의록/의견</translation>
    </message>
    <message>
        <source>添加附件（会议记录扫描件、照片）…</source>
        <translation>첨부파일 추가(회의록 스캔본, 사진)…</translation>
    </message>
    <message>
        <source>附件</source>
        <translation>첨부파일</translation>
    </message>
    <message>
        <source>选择附件</source>
        <translation>첨부파일 선택</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>村务通</source>
        <translation>촌무통</translation>
    </message>
    <message>
        <source>正在升级数据文件</source>
        <translation>데이터 파일 업그레이드 중</translation>
    </message>
    <message>
        <source>每日自动备份</source>
        <translation>매일 자동 백업</translation>
    </message>
    <message>
        <source>数据文件在网络位置上</source>
        <translation>데이터 파일이 네트워크 위치에 있습니다</translation>
    </message>
</context>
<context>
    <name>AttachmentsDialog</name>
    <message>
        <source>添加附件…</source>
        <translation>첨부파일 추가…</translation>
    </message>
    <message>
        <source>用系统程序打开</source>
        <translation>시스템 프로그램으로 열기</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>选择左侧附件查看</source>
        <translation>왼쪽에서 첨부파일을 선택하여 보기</translation>
    </message>
    <message>
        <source>{name}（{size} KB）</source>
        <translation>{name}({size} KB)</translation>
    </message>
    <message>
        <source>此类文件请用系统程序打开：{name}</source>
        <translation>이 유형의 파일은 시스템 프로그램으로 여십시오: {name}</translation>
    </message>
    <message>
        <source>选择附件</source>
        <translation>첨부파일 선택</translation>
    </message>
</context>
<context>
    <name>BackupPanel</name>
    <message>
        <source>立即备份</source>
        <translation>지금 백업</translation>
    </message>
    <message>
        <source>把数据文件完整复制一份到备份文件夹</source>
        <translation>데이터 파일 전체를 백업 폴더에 복사합니다</translation>
    </message>
    <message>
        <source>选择备份文件夹…</source>
        <translation>백업 폴더 선택…</translation>
    </message>
    <message>
        <source>可以选 U 盘上的文件夹，备份就会存到 U 盘</source>
        <translation>USB 메모리의 폴더를 선택하면 백업이 USB 메모리에 저장됩니다</translation>
    </message>
    <message>
        <source>打开备份文件夹</source>
        <translation>백업 폴더 열기</translation>
    </message>
    <message>
        <source>在文件管理器中查看备份</source>
        <translation>파일 관리자에서 백업 보기</translation>
    </message>
    <message>
        <source>从备份恢复…</source>
        <translation>백업에서 복원…</translation>
    </message>
    <message>
        <source>用一份备份替换现在的数据（现在的数据会先另存一份）</source>
        <translation>백업으로 현재 데이터를 대체(현재 데이터는 먼저 따로 저장됩니다)</translation>
    </message>
    <message>
        <source>备份文件夹：</source>
        <translation>백업 폴더:</translation>
    </message>
    <message>
        <source>还没有备份。</source>
        <translation>아직 백업이 없습니다.</translation>
    </message>
    <message>
        <source>最近一次备份：</source>
        <translation>최근 백업:</translation>
    </message>
    <message>
        <source>注意：已超过 7 天没有备份，请立即备份！</source>
        <translation>주의: 7일 넘게 백업하지 않았습니다. 즉시 백업하십시오!</translation>
    </message>
    <message>
        <source>备份数据文件</source>
        <translation>데이터 파일 백업</translation>
    </message>
    <message>
        <source>已备份</source>
        <translation>백업됨</translation>
    </message>
    <message>
        <source>已备份并校验：</source>
        <translation>백업 및 검증 완료:</translation>
    </message>
    <message>
        <source>正在检查数据文件</source>
        <translation>데이터 파일을 검사하는 중</translation>
    </message>
    <message>
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>正常</source>
        <translation>정상</translation>
    </message>
    <message>
        <source>检查未通过</source>
        <translation>검사 불합격</translation>
    </message>
    <message>
        <source>检查通过</source>
        <translation>검사 합격</translation>
    </message>
    <message>
        <source>发现问题：</source>
        <translation>문제 발견: </translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>数据文件完好，变更记录未被改动，各项数据一致。</source>
        <translation>데이터 파일이 온전하고 변경 기록이 고쳐지지 않았으며 모든 데이터가 일치합니다.</translation>
    </message>
    <message>
        <source>选择备份文件夹</source>
        <translation>백업 폴더 선택</translation>
    </message>
    <message>
        <source>选择备份文件</source>
        <translation>백업 파일 선택</translation>
    </message>
    <message>
        <source>村务通备份 (*.sqlite)</source>
        <translation>촌무통 백업 (*.sqlite)</translation>
    </message>
    <message>
        <source>恢复备份</source>
        <translation>백업 복원</translation>
    </message>
    <message>
        <source>确认恢复</source>
        <translation>복원 확인</translation>
    </message>
    <message>
        <source>用这份备份替换现在的数据？现在的数据会先另存一份。恢复后程序需要重新打开数据文件。</source>
        <translation>이 백업으로 현재 데이터를 대체하시겠습니까? 현재 데이터는 먼저 따로 저장됩니다. 복원 후 프로그램이 데이터 파일을 다시 열어야 합니다.</translation>
    </message>
    <message>
        <source>已恢复</source>
        <translation>복원됨</translation>
    </message>
    <message>
        <source>正在备份</source>
        <translation>백업 중</translation>
    </message>
    <message>
        <source>检查数据文件</source>
        <translation>데이터 파일 검사</translation>
    </message>
    <message>
        <source>检查文件是否完好、变更记录是否未被改动、各项数据是否一致（与 cunwu check 相同）</source>
        <translation>파일이 온전한지, 변경 기록이 고쳐지지 않았는지, 모든 데이터가 일치하는지 검사합니다(cunwu check 와 같음)</translation>
    </message>
    <message>
        <source>备份、恢复和检查涉及全部个人敏感信息，只有管理员和村务员可以操作。</source>
        <translation>백업, 복원 및 검사는 모든 개인 민감 정보와 관련되므로 관리자와 촌무원만 할 수 있습니다.</translation>
    </message>
    <message>
        <source>完整检查（较慢）</source>
        <translation>전체 검사(느림)</translation>
    </message>
    <message>
        <source>逐页比对全部索引并重放全部变更记录；百万人的数据文件要几分钟</source>
        <translation>모든 색인을 페이지마다 대조하고 모든 변경 기록을 재생합니다. 백만 명의 데이터 파일은 몇 분 걸립니다</translation>
    </message>
    <message>
        <source>正在恢复</source>
        <translation>복원 중</translation>
    </message>
    <message>
        <source>已恢复。</source>
        <translation>복원했습니다.</translation>
    </message>
    <message>
        <source>恢复前的数据已另存为：</source>
        <translation>복원 전 데이터를 다음 파일로 따로 저장했습니다: </translation>
    </message>
</context>
<context>
    <name>BaselineDialog</name>
    <message>
        <source>改革前平均数</source>
        <translation>개혁 전 평균치</translation>
    </message>
    <message>
        <source>填写本村移风易俗前办事的平均水平（用于计算节约的桌数和金额）：</source>
        <translation>본 촌의 풍속 개선 이전 행사 평균 수준을 입력하십시오(절약한 상 수와 금액 계산에 사용):</translation>
    </message>
    <message>
        <source>平均桌数</source>
        <translation>평균 상 수</translation>
    </message>
    <message>
        <source>每桌平均花费（元）</source>
        <translation>상당 평균 비용(원)</translation>
    </message>
    <message>
        <source>平均彩礼（元）</source>
        <translation>평균 예물금(원)</translation>
    </message>
</context>
<context>
    <name>BudgetDialog</name>
    <message>
        <source>预算：{fund}</source>
        <translation>예산: {fund}</translation>
    </message>
    <message>
        <source>预算金额</source>
        <translation>예산 금액</translation>
    </message>
    <message>
        <source>年度</source>
        <translation>연도</translation>
    </message>
    <message>
        <source>支出科目</source>
        <translation>지출 과목</translation>
    </message>
    <message>
        <source>预算金额（元）</source>
        <translation>예산 금액(원)</translation>
    </message>
</context>
<context>
    <name>CareLabels</name>
    <message>
        <source>每天</source>
        <translation>매일</translation>
    </message>
    <message>
        <source>周一至周五</source>
        <translation>월요일~금요일</translation>
    </message>
    <message>
        <source>周%1</source>
        <translation>%1요일</translation>
    </message>
    <message>
        <source>周%1不开放</source>
        <translation>%1요일 휴무</translation>
    </message>
    <message>
        <source>临时开放</source>
        <translation>임시 개방</translation>
    </message>
    <message>
        <source>临时闭馆</source>
        <translation>임시 휴관</translation>
    </message>
</context>
<context>
    <name>CareRates</name>
    <message>
        <source>每餐补贴</source>
        <translation>끼니당 보조금</translation>
    </message>
    <message>
        <source>每人每月补贴</source>
        <translation>1인 월 보조금</translation>
    </message>
    <message>
        <source>临时来访每餐补贴</source>
        <translation>임시 방문 끼니당 보조금</translation>
    </message>
    <message>
        <source>每餐自付</source>
        <translation>끼니당 본인 부담</translation>
    </message>
</context>
<context>
    <name>CheckResultDialog</name>
    <message>
        <source>确定</source>
        <translation>확인</translation>
    </message>
</context>
<context>
    <name>ClerkPage</name>
    <message>
        <source>经办人</source>
        <translation>담당자</translation>
    </message>
    <message>
        <source>经办人的姓名会印在公告的“经办人”一栏。建议设置登录密码，保护村民的个人信息。</source>
        <translation>담당자 성명은 공고의 “담당자” 칸에 인쇄됩니다. 촌민의 개인정보 보호를 위해 로그인 비밀번호를 설정하시기 바랍니다.</translation>
    </message>
    <message>
        <source>设置登录密码（推荐）</source>
        <translation>로그인 비밀번호 설정(권장)</translation>
    </message>
    <message>
        <source>经办人姓名</source>
        <translation>담당자 성명</translation>
    </message>
    <message>
        <source>登录用户名</source>
        <translation>로그인 사용자 이름</translation>
    </message>
    <message>
        <source>密码（至少 6 位）</source>
        <translation>비밀번호(6자리 이상)</translation>
    </message>
    <message>
        <source>再输一次密码</source>
        <translation>비밀번호 다시 입력</translation>
    </message>
</context>
<context>
    <name>ClosingTab</name>
    <message>
        <source>结账（选中月份）</source>
        <translation>결산(선택한 월)</translation>
    </message>
    <message>
        <source>年结（选中月份所在年度）</source>
        <translation>연말 결산(선택한 월이 속한 연도)</translation>
    </message>
    <message>
        <source>监委会审核签字</source>
        <translation>감독위원회 심사 서명</translation>
    </message>
    <message>
        <source>结账后该月不能再记账或过账；更正请在未结账月份做冲销凭证。监委会审核已结账的月份或季度。</source>
        <translation>결산 후에는 해당 월에 기장하거나 전기할 수 없습니다. 정정은 결산하지 않은 월에 상계 전표로 하십시오. 촌무감독위원회는 결산된 월 또는 분기를 심사합니다.</translation>
    </message>
    <message>
        <source>月份</source>
        <translation>월</translation>
    </message>
    <message>
        <source>已过账凭证</source>
        <translation>전기된 전표</translation>
    </message>
    <message>
        <source>草稿</source>
        <translation>초안</translation>
    </message>
    <message>
        <source>结账</source>
        <translation>결산</translation>
    </message>
    <message>
        <source>监委会签字</source>
        <translation>촌무감독위원회 서명</translation>
    </message>
    <message>
        <source>打印预警清单</source>
        <translation>경고 목록 인쇄</translation>
    </message>
    <message>
        <source>预警</source>
        <translation>경고</translation>
    </message>
    <message>
        <source>金额</source>
        <translation>금액</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>村民质询</source>
        <translation>촌민 질의</translation>
    </message>
    <message>
        <source>凭证号</source>
        <translation>전표 번호</translation>
    </message>
    <message>
        <source>摘要</source>
        <translation>적요</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>提问人</source>
        <translation>질문자</translation>
    </message>
    <message>
        <source>质询</source>
        <translation>질의</translation>
    </message>
    <message>
        <source>答复</source>
        <translation>답변</translation>
    </message>
    <message>
        <source>答复日期</source>
        <translation>답변 날짜</translation>
    </message>
    <message>
        <source>预警：选择上方月份查看</source>
        <translation>경고: 위에서 월을 선택하여 보기</translation>
    </message>
    <message>
        <source>{period} 预警 {n} 条（疑似拆分支出、预算超支、未来日期凭证）</source>
        <translation>{period} 경고 {n}건(분할 지출 의심, 예산 초과, 미래 날짜 전표)</translation>
    </message>
    <message>
        <source>{period} 没有预警</source>
        <translation>{period} 경고 없음</translation>
    </message>
    <message>
        <source>收款人</source>
        <translation>수취인</translation>
    </message>
    <message>
        <source>{who}“{key}”{first} 至 {last} 共 {n} 笔支出（{vouchers}）合计 {total} 元，超过须经议事决议的 {limit} 元，均未引用议事事项：可能是拆分支出。</source>
        <translation>{who} '{key}'의 {first}~{last} 지출 {n}건({vouchers}) 합계 {total} 원으로, 의사 결의가 필요한 {limit} 원을 넘지만 모두 의사 사항을 인용하지 않았습니다: 분할 지출일 수 있습니다.</translation>
    </message>
    <message>
        <source>“{fund}”{year} 年“{category}”预算 {budget} 元，实际支出 {actual} 元，执行率 {percent}。</source>
        <translation>'{fund}' {year}년 '{category}' 예산 {budget} 원, 실제 지출 {actual} 원, 집행률 {percent}.</translation>
    </message>
    <message>
        <source>凭证 {voucher}（{summary}）日期 {day}，晚于记账日 {recorded}。</source>
        <translation>전표 {voucher}({summary}) 날짜 {day}이(가) 기장일 {recorded}보다 늦습니다.</translation>
    </message>
    <message>
        <source>“{title}”的实施结果于 {day} 重新打开（{reason}），尚未重新公开。</source>
        <translation>'{title}'의 실시 결과가 {day}에 다시 열렸고({reason}) 아직 다시 공개되지 않았습니다.</translation>
    </message>
    <message>
        <source>保存预警清单 PDF</source>
        <translation>경고 목록 PDF 저장</translation>
    </message>
    <message>
        <source>资金预警清单{period}.pdf</source>
        <translation>자금경고목록{period}.pdf</translation>
    </message>
    <message>
        <source>结账后 {p} 不能再记账，确定结账吗？</source>
        <translation>결산 후에는 {p}에 더 이상 기장할 수 없습니다. 결산하시겠습니까?</translation>
    </message>
    <message>
        <source>年结</source>
        <translation>연말 결산</translation>
    </message>
    <message>
        <source>年结将结清 {y} 年全部未结账的月份，之后该年度不能再记账。确定吗？</source>
        <translation>연말 결산을 하면 {y}년의 결산되지 않은 모든 월이 결산되며, 이후 해당 연도에는 더 이상 기장할 수 없습니다. 계속하시겠습니까?</translation>
    </message>
</context>
<context>
    <name>CoreLabels</name>
    <message>
        <source>一</source>
        <translation>월</translation>
    </message>
    <message>
        <source>二</source>
        <translation>화</translation>
    </message>
    <message>
        <source>三</source>
        <translation>수</translation>
    </message>
    <message>
        <source>四</source>
        <translation>목</translation>
    </message>
    <message>
        <source>五</source>
        <translation>금</translation>
    </message>
    <message>
        <source>六</source>
        <translation>토</translation>
    </message>
    <message>
        <source>日</source>
        <translation>일</translation>
    </message>
    <message>
        <source>酒席</source>
        <translation>연회</translation>
    </message>
    <message>
        <source>每桌标准</source>
        <translation>상당 기준</translation>
    </message>
    <message>
        <source>车辆</source>
        <translation>차량</translation>
    </message>
    <message>
        <source>彩礼</source>
        <translation>예단금</translation>
    </message>
    <message>
        <source>礼金
（每位宾客）</source>
        <translation>부조금
(손님 1인당)</translation>
    </message>
    <message>
        <source>礼金
（近亲属）</source>
        <translation>부조금
(가까운 친척)</translation>
    </message>
    <message>
        <source>办事天数</source>
        <translation>행사 일수</translation>
    </message>
    <message>
        <source>乐队/戏班</source>
        <translation>악대/극단</translation>
    </message>
    <message>
        <source>桌</source>
        <translation>상</translation>
    </message>
    <message>
        <source>元</source>
        <translation>원</translation>
    </message>
    <message>
        <source>辆</source>
        <translation>대</translation>
    </message>
    <message>
        <source>天</source>
        <translation>일</translation>
    </message>
    <message>
        <source>班</source>
        <translation>팀</translation>
    </message>
    <message>
        <source>标准</source>
        <translation>표준</translation>
    </message>
    <message>
        <source>大</source>
        <translation>크게</translation>
    </message>
    <message>
        <source>特大</source>
        <translation>아주 크게</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>在册</source>
        <translation>등록</translation>
    </message>
    <message>
        <source>外出务工</source>
        <translation>외지 취업</translation>
    </message>
    <message>
        <source>迁出</source>
        <translation>전출</translation>
    </message>
    <message>
        <source>死亡</source>
        <translation>사망</translation>
    </message>
    <message>
        <source>已合并</source>
        <translation>병합됨</translation>
    </message>
    <message>
        <source>男</source>
        <translation>남</translation>
    </message>
    <message>
        <source>女</source>
        <translation>여</translation>
    </message>
    <message>
        <source>低保</source>
        <translation>최저생활보장</translation>
    </message>
    <message>
        <source>特困供养</source>
        <translation>특곤부양(오보)</translation>
    </message>
    <message>
        <source>残疾</source>
        <translation>장애</translation>
    </message>
    <message>
        <source>高龄</source>
        <translation>고령</translation>
    </message>
    <message>
        <source>空巢老人</source>
        <translation>빈 둥지 노인</translation>
    </message>
    <message>
        <source>独居老人</source>
        <translation>독거노인</translation>
    </message>
    <message>
        <source>留守儿童</source>
        <translation>유수아동</translation>
    </message>
    <message>
        <source>留守老人</source>
        <translation>유수노인</translation>
    </message>
    <message>
        <source>留守妇女</source>
        <translation>유수부녀</translation>
    </message>
    <message>
        <source>困境儿童</source>
        <translation>곤경 아동</translation>
    </message>
    <message>
        <source>孤儿</source>
        <translation>고아</translation>
    </message>
    <message>
        <source>优抚对象</source>
        <translation>우대무휼 대상</translation>
    </message>
    <message>
        <source>脱贫户</source>
        <translation>탈빈곤호</translation>
    </message>
    <message>
        <source>监测户</source>
        <translation>모니터링 대상호</translation>
    </message>
    <message>
        <source>分散供养</source>
        <translation>분산 부양</translation>
    </message>
    <message>
        <source>集中供养</source>
        <translation>집중 부양</translation>
    </message>
    <message>
        <source>视力一级</source>
        <translation>시각 1급</translation>
    </message>
    <message>
        <source>视力二级</source>
        <translation>시각 2급</translation>
    </message>
    <message>
        <source>视力三级</source>
        <translation>시각 3급</translation>
    </message>
    <message>
        <source>视力四级</source>
        <translation>시각 4급</translation>
    </message>
    <message>
        <source>听力一级</source>
        <translation>청각 1급</translation>
    </message>
    <message>
        <source>听力二级</source>
        <translation>청각 2급</translation>
    </message>
    <message>
        <source>听力三级</source>
        <translation>청각 3급</translation>
    </message>
    <message>
        <source>听力四级</source>
        <translation>청각 4급</translation>
    </message>
    <message>
        <source>言语一级</source>
        <translation>언어 1급</translation>
    </message>
    <message>
        <source>言语二级</source>
        <translation>언어 2급</translation>
    </message>
    <message>
        <source>言语三级</source>
        <translation>언어 3급</translation>
    </message>
    <message>
        <source>言语四级</source>
        <translation>언어 4급</translation>
    </message>
    <message>
        <source>肢体一级</source>
        <translation>지체 1급</translation>
    </message>
    <message>
        <source>肢体二级</source>
        <translation>지체 2급</translation>
    </message>
    <message>
        <source>肢体三级</source>
        <translation>지체 3급</translation>
    </message>
    <message>
        <source>肢体四级</source>
        <translation>지체 4급</translation>
    </message>
    <message>
        <source>智力一级</source>
        <translation>지적 1급</translation>
    </message>
    <message>
        <source>智力二级</source>
        <translation>지적 2급</translation>
    </message>
    <message>
        <source>智力三级</source>
        <translation>지적 3급</translation>
    </message>
    <message>
        <source>智力四级</source>
        <translation>지적 4급</translation>
    </message>
    <message>
        <source>精神一级</source>
        <translation>정신 1급</translation>
    </message>
    <message>
        <source>精神二级</source>
        <translation>정신 2급</translation>
    </message>
    <message>
        <source>精神三级</source>
        <translation>정신 3급</translation>
    </message>
    <message>
        <source>精神四级</source>
        <translation>정신 4급</translation>
    </message>
    <message>
        <source>多重一级</source>
        <translation>중복 1급</translation>
    </message>
    <message>
        <source>多重二级</source>
        <translation>중복 2급</translation>
    </message>
    <message>
        <source>多重三级</source>
        <translation>중복 3급</translation>
    </message>
    <message>
        <source>多重四级</source>
        <translation>중복 4급</translation>
    </message>
    <message>
        <source>视力</source>
        <translation>시각</translation>
    </message>
    <message>
        <source>听力</source>
        <translation>청각</translation>
    </message>
    <message>
        <source>言语</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>肢体</source>
        <translation>지체</translation>
    </message>
    <message>
        <source>智力</source>
        <translation>지적</translation>
    </message>
    <message>
        <source>精神</source>
        <translation>정신</translation>
    </message>
    <message>
        <source>多重</source>
        <translation>중복</translation>
    </message>
    <message>
        <source>按出生日期自动判断</source>
        <translation>생년월일로 자동 판단</translation>
    </message>
    <message>
        <source>户主离户</source>
        <translation>세대주 전출</translation>
    </message>
    <message>
        <source>返乡</source>
        <translation>귀향</translation>
    </message>
    <message>
        <source>更正</source>
        <translation>정정</translation>
    </message>
    <message>
        <source>更换户主</source>
        <translation>세대주 변경</translation>
    </message>
    <message>
        <source>户间迁移</source>
        <translation>세대 간 이동</translation>
    </message>
    <message>
        <source>成为户主</source>
        <translation>세대주가 됨</translation>
    </message>
    <message>
        <source>解散</source>
        <translation>해산</translation>
    </message>
    <message>
        <source>恢复</source>
        <translation>복구</translation>
    </message>
    <message>
        <source>合并</source>
        <translation>병합</translation>
    </message>
    <message>
        <source>合并入</source>
        <translation>병합해 들임</translation>
    </message>
    <message>
        <source>汉族</source>
        <translation>한족</translation>
    </message>
    <message>
        <source>蒙古族</source>
        <translation>몽골족</translation>
    </message>
    <message>
        <source>回族</source>
        <translation>회족</translation>
    </message>
    <message>
        <source>藏族</source>
        <translation>장족(티베트족)</translation>
    </message>
    <message>
        <source>维吾尔族</source>
        <translation>위구르족</translation>
    </message>
    <message>
        <source>苗族</source>
        <translation>묘족</translation>
    </message>
    <message>
        <source>彝族</source>
        <translation>이족</translation>
    </message>
    <message>
        <source>壮族</source>
        <translation>좡족</translation>
    </message>
    <message>
        <source>布依族</source>
        <translation>부이족</translation>
    </message>
    <message>
        <source>朝鲜族</source>
        <translation>조선족</translation>
    </message>
    <message>
        <source>满族</source>
        <translation>만족</translation>
    </message>
    <message>
        <source>侗族</source>
        <translation>둥족</translation>
    </message>
    <message>
        <source>瑶族</source>
        <translation>요족</translation>
    </message>
    <message>
        <source>白族</source>
        <translation>바이족</translation>
    </message>
    <message>
        <source>土家族</source>
        <translation>투자족</translation>
    </message>
    <message>
        <source>哈尼族</source>
        <translation>하니족</translation>
    </message>
    <message>
        <source>哈萨克族</source>
        <translation>카자흐족</translation>
    </message>
    <message>
        <source>傣族</source>
        <translation>다이족</translation>
    </message>
    <message>
        <source>黎族</source>
        <translation>리족</translation>
    </message>
    <message>
        <source>傈僳族</source>
        <translation>리수족</translation>
    </message>
    <message>
        <source>佤族</source>
        <translation>와족</translation>
    </message>
    <message>
        <source>畲族</source>
        <translation>서족</translation>
    </message>
    <message>
        <source>高山族</source>
        <translation>고산족</translation>
    </message>
    <message>
        <source>拉祜族</source>
        <translation>라후족</translation>
    </message>
    <message>
        <source>水族</source>
        <translation>수이족</translation>
    </message>
    <message>
        <source>东乡族</source>
        <translation>둥샹족</translation>
    </message>
    <message>
        <source>纳西族</source>
        <translation>나시족</translation>
    </message>
    <message>
        <source>景颇族</source>
        <translation>징포족</translation>
    </message>
    <message>
        <source>柯尔克孜族</source>
        <translation>키르기스족</translation>
    </message>
    <message>
        <source>土族</source>
        <translation>투족</translation>
    </message>
    <message>
        <source>达斡尔族</source>
        <translation>다우르족</translation>
    </message>
    <message>
        <source>仫佬族</source>
        <translation>무라오족</translation>
    </message>
    <message>
        <source>羌族</source>
        <translation>강족</translation>
    </message>
    <message>
        <source>布朗族</source>
        <translation>부랑족</translation>
    </message>
    <message>
        <source>撒拉族</source>
        <translation>살라르족</translation>
    </message>
    <message>
        <source>毛南族</source>
        <translation>마오난족</translation>
    </message>
    <message>
        <source>仡佬族</source>
        <translation>거라오족</translation>
    </message>
    <message>
        <source>锡伯族</source>
        <translation>시버족</translation>
    </message>
    <message>
        <source>阿昌族</source>
        <translation>아창족</translation>
    </message>
    <message>
        <source>普米族</source>
        <translation>푸미족</translation>
    </message>
    <message>
        <source>塔吉克族</source>
        <translation>타지크족</translation>
    </message>
    <message>
        <source>怒族</source>
        <translation>누족</translation>
    </message>
    <message>
        <source>乌孜别克族</source>
        <translation>우즈베크족</translation>
    </message>
    <message>
        <source>俄罗斯族</source>
        <translation>러시아족</translation>
    </message>
    <message>
        <source>鄂温克族</source>
        <translation>어원커족</translation>
    </message>
    <message>
        <source>德昂族</source>
        <translation>더앙족</translation>
    </message>
    <message>
        <source>保安族</source>
        <translation>바오안족</translation>
    </message>
    <message>
        <source>裕固族</source>
        <translation>위구족</translation>
    </message>
    <message>
        <source>京族</source>
        <translation>징족</translation>
    </message>
    <message>
        <source>塔塔尔族</source>
        <translation>타타르족</translation>
    </message>
    <message>
        <source>独龙族</source>
        <translation>두룽족</translation>
    </message>
    <message>
        <source>鄂伦春族</source>
        <translation>어룬춘족</translation>
    </message>
    <message>
        <source>赫哲族</source>
        <translation>허저족</translation>
    </message>
    <message>
        <source>门巴族</source>
        <translation>먼바족</translation>
    </message>
    <message>
        <source>珞巴族</source>
        <translation>뤄바족</translation>
    </message>
    <message>
        <source>基诺族</source>
        <translation>지눠족</translation>
    </message>
    <message>
        <source>幸福院</source>
        <translation>행복원</translation>
    </message>
    <message>
        <source>日间照料中心</source>
        <translation>주간 돌봄센터</translation>
    </message>
    <message>
        <source>居家养老服务站</source>
        <translation>재가 양로 서비스소</translation>
    </message>
    <message>
        <source>托育点</source>
        <translation>영아 보육소</translation>
    </message>
    <message>
        <source>幼儿园</source>
        <translation>유치원</translation>
    </message>
    <message>
        <source>托幼所</source>
        <translation>탁아소</translation>
    </message>
    <message>
        <source>助餐</source>
        <translation>식사 지원</translation>
    </message>
    <message>
        <source>助浴</source>
        <translation>목욕 도움</translation>
    </message>
    <message>
        <source>助洁</source>
        <translation>청소 도움</translation>
    </message>
    <message>
        <source>助医/体检</source>
        <translation>의료 도움/건강검진</translation>
    </message>
    <message>
        <source>文娱</source>
        <translation>문화 오락</translation>
    </message>
    <message>
        <source>保育</source>
        <translation>보육</translation>
    </message>
    <message>
        <source>午餐</source>
        <translation>점심</translation>
    </message>
    <message>
        <source>空巢</source>
        <translation>빈 둥지</translation>
    </message>
    <message>
        <source>留守</source>
        <translation>유수</translation>
    </message>
    <message>
        <source>五保</source>
        <translation>오보</translation>
    </message>
    <message>
        <source>婚事</source>
        <translation>혼사</translation>
    </message>
    <message>
        <source>丧事</source>
        <translation>상사</translation>
    </message>
    <message>
        <source>寿宴</source>
        <translation>생신 잔치</translation>
    </message>
    <message>
        <source>满月</source>
        <translation>백일·돌 잔치</translation>
    </message>
    <message>
        <source>升学宴</source>
        <translation>진학 잔치</translation>
    </message>
    <message>
        <source>乔迁宴</source>
        <translation>집들이 잔치</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>기타</translation>
    </message>
    <message>
        <source>会长</source>
        <translation>회장</translation>
    </message>
    <message>
        <source>副会长</source>
        <translation>부회장</translation>
    </message>
    <message>
        <source>理事</source>
        <translation>리사</translation>
    </message>
    <message>
        <source>监事</source>
        <translation>감사</translation>
    </message>
    <message>
        <source>同意</source>
        <translation>동의</translation>
    </message>
    <message>
        <source>劝导</source>
        <translation>권고</translation>
    </message>
    <message>
        <source>不同意</source>
        <translation>동의하지 않음</translation>
    </message>
    <message>
        <source>申报</source>
        <translation>신고</translation>
    </message>
    <message>
        <source>实际</source>
        <translation>실제</translation>
    </message>
    <message>
        <source>批评教育</source>
        <translation>비판 교육</translation>
    </message>
    <message>
        <source>约谈劝导</source>
        <translation>면담 권고</translation>
    </message>
    <message>
        <source>公开通报</source>
        <translation>공개 통보</translation>
    </message>
    <message>
        <source>取消当年评先评优资格</source>
        <translation>당해 연도 우수 평가 자격 취소</translation>
    </message>
    <message>
        <source>退还超标彩礼</source>
        <translation>초과 예단금 반환</translation>
    </message>
    <message>
        <source>宾客</source>
        <translation>하객</translation>
    </message>
    <message>
        <source>人</source>
        <translation>명</translation>
    </message>
    <message>
        <source>礼金（每位宾客）</source>
        <translation>부조금(하객 1인당)</translation>
    </message>
    <message>
        <source>礼金（近亲属）</source>
        <translation>부조금(가까운 친척)</translation>
    </message>
    <message>
        <source>吹鼓手/乐队/戏班</source>
        <translation>취고수/악대/극단</translation>
    </message>
    <message>
        <source>场地使用费</source>
        <translation>장소 사용료</translation>
    </message>
    <message>
        <source>桌椅餐具租用费</source>
        <translation>탁자·의자·식기 대여료</translation>
    </message>
    <message>
        <source>厨师服务费</source>
        <translation>요리사 서비스료</translation>
    </message>
    <message>
        <source>捐赠</source>
        <translation>기증</translation>
    </message>
    <message>
        <source>桌椅餐具购置</source>
        <translation>탁자·의자·식기 구입</translation>
    </message>
    <message>
        <source>维修</source>
        <translation>수리</translation>
    </message>
    <message>
        <source>水电燃气</source>
        <translation>수도·전기·가스</translation>
    </message>
    <message>
        <source>人工</source>
        <translation>인건비</translation>
    </message>
    <message>
        <source>办公用品</source>
        <translation>사무용품</translation>
    </message>
    <message>
        <source>合计</source>
        <translation>합계</translation>
    </message>
    <message>
        <source>（未分组）</source>
        <translation>(소조 미배정)</translation>
    </message>
    <message>
        <source>上级专项资金</source>
        <translation>상급 전용 자금</translation>
    </message>
    <message>
        <source>福彩公益金</source>
        <translation>복지복권 공익금</translation>
    </message>
    <message>
        <source>以奖代补</source>
        <translation>장려금 대체 보조</translation>
    </message>
    <message>
        <source>社会捐助</source>
        <translation>사회 기부</translation>
    </message>
    <message>
        <source>一事一议筹资</source>
        <translation>일사일의 모금</translation>
    </message>
    <message>
        <source>村集体经营收入</source>
        <translation>촌 집체 경영 수입</translation>
    </message>
    <message>
        <source>收入</source>
        <translation>수입</translation>
    </message>
    <message>
        <source>支出</source>
        <translation>지출</translation>
    </message>
    <message>
        <source>上级拨款</source>
        <translation>상급 교부금</translation>
    </message>
    <message>
        <source>奖补资金</source>
        <translation>장려 보조금</translation>
    </message>
    <message>
        <source>社会捐赠</source>
        <translation>사회 기증</translation>
    </message>
    <message>
        <source>集体经营收入</source>
        <translation>집체 경영 수입</translation>
    </message>
    <message>
        <source>利息收入</source>
        <translation>이자 수입</translation>
    </message>
    <message>
        <source>其他收入</source>
        <translation>기타 수입</translation>
    </message>
    <message>
        <source>工程维修</source>
        <translation>공사·수리</translation>
    </message>
    <message>
        <source>设施设备</source>
        <translation>시설·설비</translation>
    </message>
    <message>
        <source>助餐服务</source>
        <translation>식사 지원 서비스</translation>
    </message>
    <message>
        <source>办公费</source>
        <translation>사무비</translation>
    </message>
    <message>
        <source>水电费</source>
        <translation>수도·전기료</translation>
    </message>
    <message>
        <source>人员劳务</source>
        <translation>인건비·노무비</translation>
    </message>
    <message>
        <source>慰问救助</source>
        <translation>위문·구조</translation>
    </message>
    <message>
        <source>环境整治</source>
        <translation>환경 정비</translation>
    </message>
    <message>
        <source>文体活动</source>
        <translation>문화·체육 활동</translation>
    </message>
    <message>
        <source>其他支出</source>
        <translation>기타 지출</translation>
    </message>
    <message>
        <source>四议两公开（全国通行）</source>
        <translation>4의2공개(전국 공통)</translation>
    </message>
    <message>
        <source>四步议事（榆林）</source>
        <translation>4단계 의사(위린)</translation>
    </message>
    <message>
        <source>党支部提议</source>
        <translation>당지부 제의</translation>
    </message>
    <message>
        <source>两委会商议</source>
        <translation>두 위원회 협의</translation>
    </message>
    <message>
        <source>党员大会审议</source>
        <translation>당원대회 심의</translation>
    </message>
    <message>
        <source>村民代表会议决议</source>
        <translation>촌민대표회의 결의</translation>
    </message>
    <message>
        <source>决议公开</source>
        <translation>결의 공개</translation>
    </message>
    <message>
        <source>实施结果公开</source>
        <translation>실시 결과 공개</translation>
    </message>
    <message>
        <source>支部提议</source>
        <translation>지부 제의</translation>
    </message>
    <message>
        <source>党群议事会决议</source>
        <translation>당군의사회 결의</translation>
    </message>
    <message>
        <source>监委会监督评议</source>
        <translation>감독위원회 감독 평의</translation>
    </message>
    <message>
        <source>进行中</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <source>已决议</source>
        <translation>결의됨</translation>
    </message>
    <message>
        <source>已完成</source>
        <translation>완료됨</translation>
    </message>
    <message>
        <source>已终止</source>
        <translation>종료됨</translation>
    </message>
    <message>
        <source>未通过</source>
        <translation>부결</translation>
    </message>
    <message>
        <source>已撤回</source>
        <translation>철회됨</translation>
    </message>
    <message>
        <source>政府配套资金</source>
        <translation>정부 매칭 자금</translation>
    </message>
    <message>
        <source>已过账</source>
        <translation>전기 완료</translation>
    </message>
    <message>
        <source>议事事项撤回与重新公开</source>
        <translation>의사 사항 철회와 재공개</translation>
    </message>
    <message>
        <source>捐助应配套金额</source>
        <translation>기부 매칭 예정 금액</translation>
    </message>
    <message>
        <source>小微权力清单</source>
        <translation>소미권력 목록</translation>
    </message>
    <message>
        <source>小微权力行使记录</source>
        <translation>소미권력 행사 기록</translation>
    </message>
    <message>
        <source>疑似拆分支出</source>
        <translation>분할 지출 의심</translation>
    </message>
    <message>
        <source>预算超支</source>
        <translation>예산 초과</translation>
    </message>
    <message>
        <source>未来日期凭证</source>
        <translation>미래 날짜 전표</translation>
    </message>
    <message>
        <source>结果重新打开未再公开</source>
        <translation>결과 재개방 후 미공개</translation>
    </message>
    <message>
        <source>议事事项</source>
        <translation>의사 사항</translation>
    </message>
    <message>
        <source>办理</source>
        <translation>처리</translation>
    </message>
    <message>
        <source>草稿</source>
        <translation>초안</translation>
    </message>
    <message>
        <source>已上报</source>
        <translation>보고됨</translation>
    </message>
    <message>
        <source>已接收</source>
        <translation>접수됨</translation>
    </message>
    <message>
        <source>已退回</source>
        <translation>반려됨</translation>
    </message>
    <message>
        <source>户</source>
        <translation>세대</translation>
    </message>
    <message>
        <source>人员</source>
        <translation>인원</translation>
    </message>
    <message>
        <source>特殊群体登记</source>
        <translation>특수 계층 등록</translation>
    </message>
    <message>
        <source>人员变动记录</source>
        <translation>인원 변동 기록</translation>
    </message>
    <message>
        <source>村民小组</source>
        <translation>촌민소조</translation>
    </message>
    <message>
        <source>网格</source>
        <translation>그리드</translation>
    </message>
    <message>
        <source>设置</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>同步对象</source>
        <translation>동기화 상대</translation>
    </message>
    <message>
        <source>参考数据标记</source>
        <translation>참고 데이터 표시</translation>
    </message>
    <message>
        <source>月度上报</source>
        <translation>월별 보고</translation>
    </message>
    <message>
        <source>上报审核意见</source>
        <translation>보고 심사 의견</translation>
    </message>
    <message>
        <source>托老托幼场所</source>
        <translation>노인·아동 돌봄 시설</translation>
    </message>
    <message>
        <source>场所临时闭馆/开放</source>
        <translation>시설 임시 휴관/개방</translation>
    </message>
    <message>
        <source>入托登记</source>
        <translation>입소 등록</translation>
    </message>
    <message>
        <source>出勤登记</source>
        <translation>출석 등록</translation>
    </message>
    <message>
        <source>临时来访</source>
        <translation>임시 방문</translation>
    </message>
    <message>
        <source>托老托幼补贴标准</source>
        <translation>노인·아동 돌봄 보조금 기준</translation>
    </message>
    <message>
        <source>托老托幼补贴拨付</source>
        <translation>노인·아동 돌봄 보조금 지급</translation>
    </message>
    <message>
        <source>托老托幼工作人员和志愿者</source>
        <translation>노인·아동 돌봄 직원과 자원봉사자</translation>
    </message>
    <message>
        <source>工作人员和志愿者服务时长</source>
        <translation>직원과 자원봉사자 봉사 시간</translation>
    </message>
    <message>
        <source>工作人员</source>
        <translation>직원</translation>
    </message>
    <message>
        <source>志愿者</source>
        <translation>자원봉사자</translation>
    </message>
    <message>
        <source>已拨补贴（分）</source>
        <translation>지급된 보조금(전)</translation>
    </message>
    <message>
        <source>个人自付（分）</source>
        <translation>본인 부담(전)</translation>
    </message>
    <message>
        <source>来访服务项目</source>
        <translation>방문자 서비스 항목</translation>
    </message>
    <message>
        <source>工作人员服务分钟</source>
        <translation>직원 봉사 시간(분)</translation>
    </message>
    <message>
        <source>志愿服务分钟</source>
        <translation>자원봉사 시간(분)</translation>
    </message>
    <message>
        <source>红白事项</source>
        <translation>홍백사 사항</translation>
    </message>
    <message>
        <source>红白事申报/实际数字</source>
        <translation>홍백사 신고/실제 수치</translation>
    </message>
    <message>
        <source>红白事现场监督</source>
        <translation>홍백사 현장 감독</translation>
    </message>
    <message>
        <source>红白事标准</source>
        <translation>홍백사 기준</translation>
    </message>
    <message>
        <source>红白事标准版本</source>
        <translation>홍백사 기준 버전</translation>
    </message>
    <message>
        <source>红白理事会成员</source>
        <translation>홍백리사회 성원</translation>
    </message>
    <message>
        <source>红白事服务中心收支</source>
        <translation>홍백사 서비스센터 수지</translation>
    </message>
    <message>
        <source>红白事改革前平均数</source>
        <translation>홍백사 개혁 전 평균치</translation>
    </message>
    <message>
        <source>户变动记录</source>
        <translation>세대 변동 기록</translation>
    </message>
    <message>
        <source>公告打印/张贴记录</source>
        <translation>공고 인쇄/게시 기록</translation>
    </message>
    <message>
        <source>资金</source>
        <translation>자금</translation>
    </message>
    <message>
        <source>资金预算</source>
        <translation>자금 예산</translation>
    </message>
    <message>
        <source>议事决策事项</source>
        <translation>의사 결정 사항</translation>
    </message>
    <message>
        <source>议事决策步骤</source>
        <translation>의사 결정 단계</translation>
    </message>
    <message>
        <source>收支凭证</source>
        <translation>수지 전표</translation>
    </message>
    <message>
        <source>月度结账</source>
        <translation>월 결산</translation>
    </message>
    <message>
        <source>监委会审核签字</source>
        <translation>감독위원회 심사 서명</translation>
    </message>
    <message>
        <source>村民询问与答复</source>
        <translation>촌민 문의와 답변</translation>
    </message>
    <message>
        <source>凭证附件</source>
        <translation>전표 첨부 파일</translation>
    </message>
    <message>
        <source>人口</source>
        <translation>인구</translation>
    </message>
    <message>
        <source>户数</source>
        <translation>세대 수</translation>
    </message>
    <message>
        <source>人数</source>
        <translation>인원수</translation>
    </message>
    <message>
        <source>0-6岁</source>
        <translation>0-6세</translation>
    </message>
    <message>
        <source>60岁以上</source>
        <translation>60세 이상</translation>
    </message>
    <message>
        <source>80岁以上</source>
        <translation>80세 이상</translation>
    </message>
    <message>
        <source>托幼</source>
        <translation>아동 돌봄</translation>
    </message>
    <message>
        <source>托老</source>
        <translation>노인 돌봄</translation>
    </message>
    <message>
        <source>临时来访人次</source>
        <translation>임시 방문 인차</translation>
    </message>
    <message>
        <source>出勤人次</source>
        <translation>출석 인차</translation>
    </message>
    <message>
        <source>在托人数</source>
        <translation>돌봄 인원</translation>
    </message>
    <message>
        <source>场所数</source>
        <translation>시설 수</translation>
    </message>
    <message>
        <source>应拨补贴（分）</source>
        <translation>지급할 보조금(전)</translation>
    </message>
    <message>
        <source>服务人数</source>
        <translation>서비스 인원수</translation>
    </message>
    <message>
        <source>服务对象</source>
        <translation>서비스 대상</translation>
    </message>
    <message>
        <source>服务项目</source>
        <translation>서비스 항목</translation>
    </message>
    <message>
        <source>来访用餐餐次</source>
        <translation>방문자 식사 끼니 수</translation>
    </message>
    <message>
        <source>核定名额</source>
        <translation>확정 정원</translation>
    </message>
    <message>
        <source>用餐餐次</source>
        <translation>식사 끼니 수</translation>
    </message>
    <message>
        <source>事项数</source>
        <translation>사항 수</translation>
    </message>
    <message>
        <source>按时申报</source>
        <translation>기한 내 신고</translation>
    </message>
    <message>
        <source>按类别</source>
        <translation>유형별</translation>
    </message>
    <message>
        <source>符合标准</source>
        <translation>기준 부합</translation>
    </message>
    <message>
        <source>超标</source>
        <translation>기준 초과</translation>
    </message>
    <message>
        <source>决策事项</source>
        <translation>결정 사항</translation>
    </message>
    <message>
        <source>期初余额（分）</source>
        <translation>기초 잔액(전)</translation>
    </message>
    <message>
        <source>期末余额（分）</source>
        <translation>기말 잔액(전)</translation>
    </message>
    <message>
        <source>未过账草稿</source>
        <translation>미기장 초안</translation>
    </message>
    <message>
        <source>本月已结账</source>
        <translation>이번 달 결산됨</translation>
    </message>
    <message>
        <source>本月支出（分）</source>
        <translation>이번 달 지출(전)</translation>
    </message>
    <message>
        <source>本月收入（分）</source>
        <translation>이번 달 수입(전)</translation>
    </message>
    <message>
        <source>监委会签字</source>
        <translation>촌무감독위원회 서명</translation>
    </message>
    <message>
        <source>资金数</source>
        <translation>자금 수</translation>
    </message>
    <message>
        <source>管理员</source>
        <translation>관리자</translation>
    </message>
    <message>
        <source>村务员</source>
        <translation>촌무원</translation>
    </message>
    <message>
        <source>监委会</source>
        <translation>감독위원회</translation>
    </message>
    <message>
        <source>乡镇人员</source>
        <translation>향진 직원</translation>
    </message>
    <message>
        <source>资金与财务公开</source>
        <translation>자금 및 재무공개</translation>
    </message>
    <message>
        <source>红白理事会</source>
        <translation>홍백리사회</translation>
    </message>
    <message>
        <source>托老托幼</source>
        <translation>노인·아동 돌봄</translation>
    </message>
    <message>
        <source>公告</source>
        <translation>공고</translation>
    </message>
    <message>
        <source>打印</source>
        <translation>인쇄</translation>
    </message>
    <message>
        <source>保存PDF</source>
        <translation>PDF 저장</translation>
    </message>
</context>
<context>
    <name>DayDialog</name>
    <message>
        <source>临时闭馆/开放：</source>
        <translation>임시 휴관/개방:</translation>
    </message>
    <message>
        <source>闭馆</source>
        <translation>휴관</translation>
    </message>
    <message>
        <source>开放</source>
        <translation>개방</translation>
    </message>
    <message>
        <source>按每周开放日</source>
        <translation>매주 개방일 기준</translation>
    </message>
    <message>
        <source>如：国庆节放假</source>
        <translation>예: 국경절 휴무</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>这一天</source>
        <translation>이날</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>설명</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>新建议事事项</source>
        <translation>새 의사사항</translation>
    </message>
    <message>
        <source>事项金额</source>
        <translation>사항 금액</translation>
    </message>
    <message>
        <source>（未定）</source>
        <translation>(미정)</translation>
    </message>
    <message>
        <source>事项</source>
        <translation>사항</translation>
    </message>
    <message>
        <source>金额（元）</source>
        <translation>금액(원)</translation>
    </message>
    <message>
        <source>资金来源</source>
        <translation>자금 출처</translation>
    </message>
    <message>
        <source>行使的小微权力</source>
        <translation>행사한 소미권력</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>议事环节</source>
        <translation>의사 단계</translation>
    </message>
</context>
<context>
    <name>DecisionsTab</name>
    <message>
        <source>新建事项</source>
        <translation>새 사항</translation>
    </message>
    <message>
        <source>记录下一环节</source>
        <translation>다음 단계 기록</translation>
    </message>
    <message>
        <source>撤回事项</source>
        <translation>사항 철회</translation>
    </message>
    <message>
        <source>重新打开实施结果</source>
        <translation>실시 결과 다시 열기</translation>
    </message>
    <message>
        <source>重新公开实施结果</source>
        <translation>실시 결과 다시 공개</translation>
    </message>
    <message>
        <source>决议公告 PDF</source>
        <translation>결의 공고 PDF</translation>
    </message>
    <message>
        <source>实施结果公告 PDF</source>
        <translation>실시 결과 공고 PDF</translation>
    </message>
    <message>
        <source>议事设置</source>
        <translation>의사 설정</translation>
    </message>
    <message>
        <source>事项</source>
        <translation>사항</translation>
    </message>
    <message>
        <source>金额</source>
        <translation>금액</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>进展</source>
        <translation>진행 상황</translation>
    </message>
    <message>
        <source>下一环节</source>
        <translation>다음 단계</translation>
    </message>
    <message>
        <source>已支出</source>
        <translation>지출 완료</translation>
    </message>
    <message>
        <source>撤回原因（必填，记入事项记录）</source>
        <translation>철회 사유(필수, 사항 기록에 남음)</translation>
    </message>
    <message>
        <source>实施结果已公开。追加支出或冲销前须重新打开，记账后再重新公开。原因（必填）：</source>
        <translation>실시 결과가 이미 공개되었습니다. 추가 지출이나 상계 전에 다시 열고, 기장 후 다시 공개해야 합니다. 사유(필수):</translation>
    </message>
    <message>
        <source>决议公告</source>
        <translation>결의 공고</translation>
    </message>
    <message>
        <source>实施结果公告</source>
        <translation>실시 결과 공고</translation>
    </message>
    <message>
        <source>保存 PDF</source>
        <translation>PDF 저장</translation>
    </message>
</context>
<context>
    <name>DisclosureTab</name>
    <message>
        <source>第一季度</source>
        <translation>제1분기</translation>
    </message>
    <message>
        <source>第二季度</source>
        <translation>제2분기</translation>
    </message>
    <message>
        <source>第三季度</source>
        <translation>제3분기</translation>
    </message>
    <message>
        <source>第四季度</source>
        <translation>제4분기</translation>
    </message>
    <message>
        <source>{m}月</source>
        <translation>{m}월</translation>
    </message>
    <message>
        <source>生成预览</source>
        <translation>미리보기 생성</translation>
    </message>
    <message>
        <source>导出 PDF</source>
        <translation>PDF 내보내기</translation>
    </message>
    <message>
        <source>导出 Excel</source>
        <translation>Excel 내보내기</translation>
    </message>
    <message>
        <source>年份</source>
        <translation>연도</translation>
    </message>
    <message>
        <source>期间</source>
        <translation>기간</translation>
    </message>
    <message>
        <source>财务公开表还没有生成</source>
        <translation>재무공개표를 아직 생성하지 않았습니다</translation>
    </message>
    <message>
        <source>选好上面的年份和期间（月份或季度），点“生成预览”，这里就显示要张贴的财务公开表；看过后可导出 PDF 打印，或导出 Excel。</source>
        <translation>위에서 연도와 기간(월 또는 분기)을 고른 뒤 “미리보기 생성”을 누르면 게시할 재무공개표가 여기에 표시됩니다. 확인한 뒤 PDF로 내보내 인쇄하거나 Excel로 내보낼 수 있습니다.</translation>
    </message>
    <message>
        <source>正在生成财务公开表</source>
        <translation>재무공개표를 생성하는 중</translation>
    </message>
    <message>
        <source>已结账</source>
        <translation>결산됨</translation>
    </message>
    <message>
        <source>尚未全部结账（公开前请先结账并请监委会审核）</source>
        <translation>아직 모두 결산되지 않았습니다(공개 전에 먼저 결산하고 감독위원회의 심사를 받으십시오)</translation>
    </message>
    <message>
        <source>{label}：收入 {i} 元（{ic}），支出 {e} 元（{ec}），期末余额 {c} 元。{state}。监委会审核签字：{signed}</source>
        <translation>{label}: 수입 {i} 원({ic}), 지출 {e} 원({ec}), 기말 잔액 {c} 원. {state}. 감독위원회 심사 서명: {signed}</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>财务公开表{period}.pdf</source>
        <translation>재무공개표{period}.pdf</translation>
    </message>
    <message>
        <source>财务公开表{period}.xlsx</source>
        <translation>재무공개표{period}.xlsx</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>准备就绪</source>
        <translation>준비 완료</translation>
    </message>
    <message>
        <source>数据文件：</source>
        <translation>데이터 파일:</translation>
    </message>
    <message>
        <source>备份文件夹：</source>
        <translation>백업 폴더:</translation>
    </message>
    <message>
        <source>这两个位置在“本村设置”页随时可以看到。点“完成”开始使用。</source>
        <translation>이 두 위치는 “본 촌 설정” 페이지에서 언제든지 확인할 수 있습니다. “완료”를 누르면 사용을 시작합니다.</translation>
    </message>
</context>
<context>
    <name>EndServiceDialog</name>
    <message>
        <source>结束服务：%1</source>
        <translation>봉사 종료: %1</translation>
    </message>
    <message>
        <source>继续服务（取消结束日期）</source>
        <translation>계속 봉사(종료 날짜 취소)</translation>
    </message>
    <message>
        <source>开始服务日期</source>
        <translation>봉사 시작 날짜</translation>
    </message>
    <message>
        <source>服务到（含这一天）</source>
        <translation>봉사 마지막 날(이날 포함)</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>登记入托：</source>
        <translation>돌봄 입소 등록:</translation>
    </message>
    <message>
        <source>姓名、拼音首字母、身份证后几位或户号</source>
        <translation>성명, 병음 첫 글자, 신분증번호 끝자리 또는 호번호</translation>
    </message>
    <message>
        <source>年满 %1 岁</source>
        <translation>만 %1세 이상</translation>
    </message>
    <message>
        <source>%1–%2 岁</source>
        <translation>%1–%2세</translation>
    </message>
    <message>
        <source>查找</source>
        <translation>찾기</translation>
    </message>
    <message>
        <source>人员</source>
        <translation>인원</translation>
    </message>
    <message>
        <source>入托日期</source>
        <translation>입소 날짜</translation>
    </message>
    <message>
        <source>年龄要求</source>
        <translation>연령 요건</translation>
    </message>
    <message>
        <source>%1  %2  %3岁  %4  %5  %6</source>
        <translation>%1  %2  %3세  %4  %5  %6</translation>
    </message>
    <message>
        <source>（已在托）</source>
        <translation>(이미 돌봄 중)</translation>
    </message>
    <message>
        <source>请先在列表中选择要登记的人员。</source>
        <translation>먼저 목록에서 등록할 인원을 선택하십시오.</translation>
    </message>
</context>
<context>
    <name>EnrolmentsTab</name>
    <message>
        <source>登记入托…</source>
        <translation>돌봄 입소 등록…</translation>
    </message>
    <message>
        <source>办理退托…</source>
        <translation>퇴소 처리…</translation>
    </message>
    <message>
        <source>含已退托</source>
        <translation>퇴소자 포함</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>성명</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>성별</translation>
    </message>
    <message>
        <source>出生日期</source>
        <translation>생년월일</translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation>신분증번호</translation>
    </message>
    <message>
        <source>户号</source>
        <translation>호번호</translation>
    </message>
    <message>
        <source>入托日期</source>
        <translation>입소 날짜</translation>
    </message>
    <message>
        <source>结束日期</source>
        <translation>종료 날짜</translation>
    </message>
    <message>
        <source>结束原因</source>
        <translation>종료 사유</translation>
    </message>
    <message>
        <source>今日在托 %1 人</source>
        <translation>오늘 돌봄 인원 %1명</translation>
    </message>
    <message>
        <source>，核定名额 %1 人</source>
        <translation>, 확정 정원 %1명</translation>
    </message>
    <message>
        <source>请注意</source>
        <translation>주의하십시오</translation>
    </message>
    <message>
        <source>办理退托</source>
        <translation>퇴소 처리</translation>
    </message>
    <message>
        <source>请先选中一位在托人员。</source>
        <translation>먼저 돌봄 이용자 한 명을 선택하십시오.</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>修改草稿凭证</source>
        <translation>초안 전표 수정</translation>
    </message>
    <message>
        <source>记一笔收支</source>
        <translation>수입·지출 한 건 기록</translation>
    </message>
    <message>
        <source>{name}（余额 {balance}）</source>
        <translation>{name}(잔액 {balance})</translation>
    </message>
    <message>
        <source>收入</source>
        <translation>수입</translation>
    </message>
    <message>
        <source>支出</source>
        <translation>지출</translation>
    </message>
    <message>
        <source>金额</source>
        <translation>금액</translation>
    </message>
    <message>
        <source>添加附件…</source>
        <translation>첨부파일 추가…</translation>
    </message>
    <message>
        <source>保存后立即过账（过账后不能修改，只能冲销）</source>
        <translation>저장 후 즉시 전기(전기 후에는 수정할 수 없고 상계만 가능)</translation>
    </message>
    <message>
        <source>资金</source>
        <translation>자금</translation>
    </message>
    <message>
        <source>收支</source>
        <translation>수지</translation>
    </message>
    <message>
        <source>金额（元）</source>
        <translation>금액(원)</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>科目</source>
        <translation>과목</translation>
    </message>
    <message>
        <source>收/付款单位或个人</source>
        <translation>수납/지급 단위 또는 개인</translation>
    </message>
    <message>
        <source>摘要</source>
        <translation>적요</translation>
    </message>
    <message>
        <source>议事事项</source>
        <translation>의사 사항</translation>
    </message>
    <message>
        <source>行使的小微权力</source>
        <translation>행사한 소미권력</translation>
    </message>
    <message>
        <source>附件</source>
        <translation>첨부파일</translation>
    </message>
    <message>
        <source>（不引用）</source>
        <translation>(인용 안 함)</translation>
    </message>
    <message>
        <source>{title}（可支出 {left}）</source>
        <translation>{title}(지출 가능 {left})</translation>
    </message>
    <message>
        <source>超过 {amount} 元的支出须引用已形成决议的议事事项。</source>
        <translation>{amount}원을 초과하는 지출은 결의된 의사사항을 인용해야 합니다.</translation>
    </message>
    <message>
        <source>选择附件（收据扫描件、照片）</source>
        <translation>첨부파일 선택(영수증 스캔본, 사진)</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>（无法写入日志）</source>
        <translation>(로그를 기록할 수 없음)</translation>
    </message>
    <message>
        <source>未完成</source>
        <translation>미완료</translation>
    </message>
    <message>
        <source>内部错误</source>
        <translation>내부 오류</translation>
    </message>
    <message>
        <source>程序出了一个内部错误（%1），刚才的操作可能没有完成，已保存的数据不受影响。详细信息已写入 %2，请把它交给技术人员。</source>
        <translation>프로그램에 내부 오류(%1)가 발생했습니다. 방금 한 작업은 완료되지 않았을 수 있지만 이미 저장된 데이터는 영향을 받지 않습니다. 자세한 내용은 %2에 기록되었으니 기술 담당자에게 전달하십시오.</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>红白事项详情</source>
        <translation>홍백사 상세</translation>
    </message>
    <message>
        <source>登记红白事申报</source>
        <translation>홍백사 신고 등록</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>打印承诺书</source>
        <translation>약속서 인쇄</translation>
    </message>
    <message>
        <source>打印公示</source>
        <translation>공시 인쇄</translation>
    </message>
    <message>
        <source>该村</source>
        <translation>해당 촌</translation>
    </message>
    <message>
        <source>这是%1的记录，只能查看；修改请由该村在本村电脑上进行。</source>
        <translation>%1의 기록이므로 보기만 할 수 있습니다. 수정은 해당 촌이 자기 촌의 컴퓨터에서 하십시오.</translation>
    </message>
    <message>
        <source>基本情况（事前申报）</source>
        <translation>기본 상황(사전 신고)</translation>
    </message>
    <message>
        <source>如：长子王伟与李娜结婚；父亲去世</source>
        <translation>예: 장남 왕위와 리나 결혼; 부친 별세</translation>
    </message>
    <message>
        <source>开始</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>结束</source>
        <translation>종료</translation>
    </message>
    <message>
        <source>申报日期</source>
        <translation>신고 날짜</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>분류</translation>
    </message>
    <message>
        <source>办事人（花名册）</source>
        <translation>행사 주관자(명부)</translation>
    </message>
    <message>
        <source>事由</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>地点</source>
        <translation>장소</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>연락처</translation>
    </message>
    <message>
        <source>标准、申报与实际</source>
        <translation>기준, 신고 및 실제</translation>
    </message>
    <message>
        <source>已办结，登记实际数字</source>
        <translation>완료됨, 실제 수치 등록</translation>
    </message>
    <message>
        <source>登记日期</source>
        <translation>등록 날짜</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>本村标准</source>
        <translation>본 촌 기준</translation>
    </message>
    <message>
        <source>申报</source>
        <translation>신고</translation>
    </message>
    <message>
        <source>实际</source>
        <translation>실제</translation>
    </message>
    <message>
        <source>%1（元）</source>
        <translation>%1(원)</translation>
    </message>
    <message>
        <source>理事会意见、承诺书与现场监督</source>
        <translation>리사회 의견, 서약서 및 현장 감독</translation>
    </message>
    <message>
        <source>未决定</source>
        <translation>미결정</translation>
    </message>
    <message>
        <source>决定人</source>
        <translation>결정자</translation>
    </message>
    <message>
        <source>理事会意见</source>
        <translation>리사회 의견</translation>
    </message>
    <message>
        <source>意见说明</source>
        <translation>의견 설명</translation>
    </message>
    <message>
        <source>家属已签订承诺书</source>
        <translation>가족이 약속서에 서명함</translation>
    </message>
    <message>
        <source>默认为办事人</source>
        <translation>기본값은 당사자</translation>
    </message>
    <message>
        <source>签订日期</source>
        <translation>체결 날짜</translation>
    </message>
    <message>
        <source>签字人</source>
        <translation>서명인</translation>
    </message>
    <message>
        <source>承诺书</source>
        <translation>약속서</translation>
    </message>
    <message>
        <source>现场监督</source>
        <translation>현장 감독</translation>
    </message>
    <message>
        <source>监督情况，如 现场 18 桌，与申报一致</source>
        <translation>감독 상황, 예: 현장 18상, 신고와 일치</translation>
    </message>
    <message>
        <source>添加监督记录</source>
        <translation>감독 기록 추가</translation>
    </message>
    <message>
        <source>（至 %1）</source>
        <translation>(%1까지)</translation>
    </message>
    <message>
        <source>超标处理</source>
        <translation>기준 초과 처리</translation>
    </message>
    <message>
        <source>处理日期</source>
        <translation>처리 날짜</translation>
    </message>
    <message>
        <source>处理方式</source>
        <translation>처리 방식</translation>
    </message>
    <message>
        <source>处理说明</source>
        <translation>처리 설명</translation>
    </message>
    <message>
        <source>红白事服务中心收费（记入村级资金账本）</source>
        <translation>홍백사 서비스센터 수납(촌급 자금 장부에 기록)</translation>
    </message>
    <message>
        <source>登记收费</source>
        <translation>수납 등록</translation>
    </message>
    <message>
        <source>金额（元）</source>
        <translation>금액(원)</translation>
    </message>
    <message>
        <source>（已取消）</source>
        <translation>(취소됨)</translation>
    </message>
    <message>
        <source>不办</source>
        <translation>치르지 않음</translation>
    </message>
    <message>
        <source>该日期没有有效的村规民约标准，请先在“村规民约标准”中设置。</source>
        <translation>이 날짜에 유효한 촌규민약 기준이 없습니다. 먼저 “촌규민약 기준”에서 설정하십시오.</translation>
    </message>
    <message>
        <source>%1 起施行：%2</source>
        <translation>%1부터 시행: %2</translation>
    </message>
    <message>
        <source>结束日期早于开始日期。</source>
        <translation>종료 날짜가 시작 날짜보다 이릅니다.</translation>
    </message>
    <message>
        <source>符合本村标准，按时申报。</source>
        <translation>본 촌 기준에 부합하며 기한 내에 신고했습니다.</translation>
    </message>
    <message>
        <source>重复登记</source>
        <translation>중복 등록</translation>
    </message>
    <message>
        <source>确定再登记一件吗？</source>
        <translation>한 건을 더 등록하시겠습니까?</translation>
    </message>
</context>
<context>
    <name>EventTableModel</name>
    <message>
        <source>日期</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>분류</translation>
    </message>
    <message>
        <source>办事人</source>
        <translation>행사 주관자</translation>
    </message>
    <message>
        <source>村民小组</source>
        <translation>촌민소조</translation>
    </message>
    <message>
        <source>事由</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>申报日期</source>
        <translation>신고 날짜</translation>
    </message>
    <message>
        <source>理事会意见</source>
        <translation>리사회 의견</translation>
    </message>
    <message>
        <source>承诺书</source>
        <translation>약속서</translation>
    </message>
    <message>
        <source>结论</source>
        <translation>결론</translation>
    </message>
    <message>
        <source>超标及逾期情况</source>
        <translation>기준 초과 및 기한 경과 상황</translation>
    </message>
</context>
<context>
    <name>EventsTab</name>
    <message>
        <source>全部</source>
        <translation>전체</translation>
    </message>
    <message>
        <source>不含已取消</source>
        <translation>취소된 항목 제외</translation>
    </message>
    <message>
        <source>含已取消</source>
        <translation>취소된 항목 포함</translation>
    </message>
    <message>
        <source>年份</source>
        <translation>연도</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>분류</translation>
    </message>
    <message>
        <source>小组</source>
        <translation>소조</translation>
    </message>
    <message>
        <source>村</source>
        <translation>촌</translation>
    </message>
    <message>
        <source>登记申报</source>
        <translation>신고 등록</translation>
    </message>
    <message>
        <source>详情/修改</source>
        <translation>상세/수정</translation>
    </message>
    <message>
        <source>取消事项</source>
        <translation>사항 취소</translation>
    </message>
    <message>
        <source>打印公示</source>
        <translation>공시 인쇄</translation>
    </message>
    <message>
        <source>还没有设定本村的红白事标准</source>
        <translation>본 촌의 홍백사 기준을 아직 설정하지 않았습니다</translation>
    </message>
    <message>
        <source>登记红白事前，先按本村村规民约设定标准（酒席桌数、彩礼、礼金、办事天数等），登记的事项才能判断是否超标。可以先采用示例模板，再按本村规定修改。</source>
        <translation>홍백사를 등록하기 전에 본 촌 촌규민약에 따라 기준(연회 상 수, 예단금, 부조금, 행사 일수 등)을 먼저 설정해야 등록한 사항의 기준 초과 여부를 판단할 수 있습니다. 먼저 예시 템플릿을 사용한 뒤 본 촌 규정에 맞게 고칠 수 있습니다.</translation>
    </message>
    <message>
        <source>设定标准…</source>
        <translation>기준 설정…</translation>
    </message>
    <message>
        <source>乡镇本级</source>
        <translation>향진 본급</translation>
    </message>
    <message>
        <source>查看详情</source>
        <translation>상세 보기</translation>
    </message>
    <message>
        <source>共 %1 件；超标 %2 件（红色）；逾期申报 %3 件；待登记实际 %4 件。</source>
        <translation>총 %1건; 기준 초과 %2건(빨간색); 기한 경과 신고 %3건; 실제 내용 등록 대기 %4건.</translation>
    </message>
    <message>
        <source>取消原因：</source>
        <translation>취소 사유:</translation>
    </message>
    <message>
        <source>公示期间（年、季度或月）：</source>
        <translation>공시 기간(연, 분기 또는 월):</translation>
    </message>
</context>
<context>
    <name>ExchangeTab</name>
    <message>
        <source>打印密钥卡</source>
        <translation>키 카드 인쇄</translation>
    </message>
    <message>
        <source>保存密钥卡文件…</source>
        <translation>키 카드 파일 저장…</translation>
    </message>
    <message>
        <source>登记对方（导入密钥卡）…</source>
        <translation>상대방 등록(키 카드 가져오기)…</translation>
    </message>
    <message>
        <source>同时修改的处理记录</source>
        <translation>동시 수정 처리 기록</translation>
    </message>
    <message>
        <source>同步对象</source>
        <translation>동기화 상대</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>명칭</translation>
    </message>
    <message>
        <source>区划代码</source>
        <translation>행정구역코드</translation>
    </message>
    <message>
        <source>密钥指纹</source>
        <translation>키 지문</translation>
    </message>
    <message>
        <source>最近导出</source>
        <translation>최근 내보내기</translation>
    </message>
    <message>
        <source>最近导入</source>
        <translation>최근 가져오기</translation>
    </message>
    <message>
        <source>待发送变更</source>
        <translation>전송 대기 중인 변경</translation>
    </message>
    <message>
        <source>显示详细信息（密钥指纹，核对密钥卡时用）</source>
        <translation>상세 정보 표시(키 지문, 키 카드를 대조할 때 사용)</translation>
    </message>
    <message>
        <source>导出数据包到U盘或文件夹…</source>
        <translation>데이터 패키지를 USB 메모리 또는 폴더로 내보내기…</translation>
    </message>
    <message>
        <source>给全部对象各导出一个…</source>
        <translation>모든 대상에게 각각 하나씩 내보내기…</translation>
    </message>
    <message>
        <source>预览导入…</source>
        <translation>가져오기 미리보기…</translation>
    </message>
    <message>
        <source>导入数据包…</source>
        <translation>데이터 패키지 가져오기…</translation>
    </message>
    <message>
        <source>导入文件夹中的全部数据包…</source>
        <translation>폴더 안의 모든 데이터 패키지 가져오기…</translation>
    </message>
    <message>
        <source>交换记录</source>
        <translation>교환 기록</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>方向</source>
        <translation>방향</translation>
    </message>
    <message>
        <source>对方</source>
        <translation>상대방</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>번호</translation>
    </message>
    <message>
        <source>变更条数</source>
        <translation>변경 건수</translation>
    </message>
    <message>
        <source>乡镇</source>
        <translation>향진</translation>
    </message>
    <message>
        <source>村</source>
        <translation>촌</translation>
    </message>
    <message>
        <source>本机：%1（%2，区划代码 %3）</source>
        <translation>본 기기: %1(%2, 행정구역코드 %3)</translation>
    </message>
    <message>
        <source>　密钥指纹：%1</source>
        <translation>　키 지문: %1</translation>
    </message>
    <message>
        <source>导出</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <source>导入</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <source>请先在上面的列表里选中要发给的对象。</source>
        <translation>먼저 위 목록에서 보낼 대상을 선택하십시오.</translation>
    </message>
    <message>
        <source>正在导出数据包</source>
        <translation>데이터 패키지를 내보내는 중</translation>
    </message>
    <message>
        <source>正在核对数据包</source>
        <translation>데이터 패키지를 확인하는 중</translation>
    </message>
    <message>
        <source>正在导入数据包</source>
        <translation>데이터 패키지를 가져오는 중</translation>
    </message>
    <message>
        <source>没有导入：</source>
        <translation>가져오지 않음:</translation>
    </message>
    <message>
        <source>已导出 %1 个数据包到 %2</source>
        <translation>데이터 패키지 %1개를 %2(으)로 내보냈습니다</translation>
    </message>
    <message>
        <source>已导出第 %1 号数据包给“%2”：%3 条变更，保存在 %4</source>
        <translation>“%2”에게 보낼 제%1호 데이터 패키지를 내보냈습니다: 변경 %3건, %4에 저장됨</translation>
    </message>
    <message>
        <source>所选位置里没有数据包（*%1）。</source>
        <translation>선택한 위치에 데이터 패키지(*%1)가 없습니다.</translation>
    </message>
    <message>
        <source>共 %1 个数据包，%2 个没有导入（原因见下）。</source>
        <translation>데이터 패키지 %1개 중 %2개는 가져오지 못했습니다(원인은 아래 참조).</translation>
    </message>
    <message>
        <source>共 %1 个数据包，都已处理。</source>
        <translation>데이터 패키지 %1개를 모두 처리했습니다.</translation>
    </message>
    <message>
        <source>选择U盘或文件夹</source>
        <translation>USB 메모리 또는 폴더 선택</translation>
    </message>
    <message>
        <source>选择数据包（可多选）</source>
        <translation>데이터 패키지 선택(여러 개 선택 가능)</translation>
    </message>
    <message>
        <source>村务通数据包 (*%1)</source>
        <translation>촌무통 데이터 패키지 (*%1)</translation>
    </message>
    <message>
        <source>选择放数据包的U盘或文件夹</source>
        <translation>데이터 패키지가 있는 USB 메모리 또는 폴더 선택</translation>
    </message>
    <message>
        <source>保存密钥卡</source>
        <translation>키 카드 저장</translation>
    </message>
    <message>
        <source>选择对方的密钥卡</source>
        <translation>상대방 키 카드 선택</translation>
    </message>
    <message>
        <source>核对指纹</source>
        <translation>지문 대조</translation>
    </message>
    <message>
        <source>密钥卡：%1（%2）
指纹：%3

请与对方当面或电话逐组核对，与对方打印的指纹一致吗？</source>
        <translation>키 카드: %1(%2)
지문: %3

상대방과 직접 만나거나 전화로 한 조씩 대조하십시오. 상대방이 인쇄한 지문과 일치합니까?</translation>
    </message>
    <message>
        <source>两边都改过同一内容时，采用修改时间较晚的一方；被覆盖的值记录在这里备查。</source>
        <translation>양쪽에서 같은 내용을 수정한 경우 수정 시간이 늦은 쪽을 채택하며, 덮어쓴 값은 참고용으로 여기에 기록됩니다.</translation>
    </message>
    <message>
        <source>数据</source>
        <translation>데이터</translation>
    </message>
    <message>
        <source>字段</source>
        <translation>필드</translation>
    </message>
    <message>
        <source>保留的值</source>
        <translation>보존된 값</translation>
    </message>
    <message>
        <source>来自</source>
        <translation>보낸 곳</translation>
    </message>
    <message>
        <source>被覆盖的值</source>
        <translation>덮어쓴 값</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>第 1 步：选择花名册文件</source>
        <translation>1단계: 명부 파일 선택</translation>
    </message>
    <message>
        <source>支持 .xlsx、.xls 和 .csv（UTF-8 或 GBK）。下一步会先显示对应关系和预览，不会马上写入。</source>
        <translation>.xlsx, .xls 및 .csv(UTF-8 또는 GBK)를 지원합니다. 다음 단계에서 먼저 대응 관계와 미리 보기를 표시하며, 바로 기록하지는 않습니다.</translation>
    </message>
    <message>
        <source>点击“浏览…”选择文件</source>
        <translation>“찾아보기…”를 눌러 파일을 선택하십시오</translation>
    </message>
    <message>
        <source>浏览…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <source>选择花名册</source>
        <translation>명부 선택</translation>
    </message>
    <message>
        <source>花名册 (*.xlsx *.xlsm *.xls *.csv);;所有文件 (*)</source>
        <translation>명부 (*.xlsx *.xlsm *.xls *.csv);;모든 파일 (*)</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>确定</source>
        <translation>확인</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>FundDialog</name>
    <message>
        <source>新建资金账户</source>
        <translation>새 자금계좌</translation>
    </message>
    <message>
        <source>期初余额</source>
        <translation>기초 잔액</translation>
    </message>
    <message>
        <source>资金名称</source>
        <translation>자금 이름</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>用途</source>
        <translation>용도</translation>
    </message>
    <message>
        <source>期初余额（元）</source>
        <translation>기초 잔액(원)</translation>
    </message>
    <message>
        <source>期初日期</source>
        <translation>기초 날짜</translation>
    </message>
</context>
<context>
    <name>Funds</name>
    <message>
        <source>已结账</source>
        <translation>결산됨</translation>
    </message>
    <message>
        <source>未结账</source>
        <translation>미결산</translation>
    </message>
    <message>
        <source>未经监委会审核签字</source>
        <translation>감독위원회 심사 서명 없음</translation>
    </message>
    <message>
        <source>（不关联）</source>
        <translation>(연결 안 함)</translation>
    </message>
</context>
<context>
    <name>FundsTab</name>
    <message>
        <source>新建资金账户</source>
        <translation>새 자금계좌</translation>
    </message>
    <message>
        <source>设置预算</source>
        <translation>예산 설정</translation>
    </message>
    <message>
        <source>捐助配套规则</source>
        <translation>기부 매칭 규칙</translation>
    </message>
    <message>
        <source>资金名称</source>
        <translation>자금 이름</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>用途</source>
        <translation>용도</translation>
    </message>
    <message>
        <source>期初余额</source>
        <translation>기초 잔액</translation>
    </message>
    <message>
        <source>累计收入</source>
        <translation>누계 수입</translation>
    </message>
    <message>
        <source>累计支出</source>
        <translation>누계 지출</translation>
    </message>
    <message>
        <source>余额</source>
        <translation>잔액</translation>
    </message>
    <message>
        <source>草稿</source>
        <translation>초안</translation>
    </message>
    <message>
        <source>还没有资金账户</source>
        <translation>자금계좌가 아직 없습니다</translation>
    </message>
    <message>
        <source>先为村里管的每一笔钱建一个资金账户（如 村级组织运转经费、上级专项资金），填上期初余额，之后才能记收支、做四议两公开和财务公开。</source>
        <translation>촌에서 관리하는 자금마다 먼저 자금계좌를 만들고(예: 촌급 조직 운영 경비, 상급 전용 자금) 기초 잔액을 입력하십시오. 그래야 수지 기록, 4의2공개, 재무공개를 할 수 있습니다.</translation>
    </message>
    <message>
        <source>新建资金账户…</source>
        <translation>새 자금계좌…</translation>
    </message>
    <message>
        <source>资金</source>
        <translation>자금</translation>
    </message>
    <message>
        <source>科目</source>
        <translation>과목</translation>
    </message>
    <message>
        <source>年度预算</source>
        <translation>연간 예산</translation>
    </message>
    <message>
        <source>实际支出</source>
        <translation>실제 지출</translation>
    </message>
    <message>
        <source>预算余额</source>
        <translation>예산 잔액</translation>
    </message>
    <message>
        <source>执行率 %</source>
        <translation>집행률 %</translation>
    </message>
    <message>
        <source>资金余额合计：{amount} 元</source>
        <translation>자금 잔액 합계: {amount}원</translation>
    </message>
    <message>
        <source>社会捐助配套（{fund}，捐助:配套 {ratio}，{source}）：应配套 {due} 元，已到位 {received} 元，尚欠 {owed} 元</source>
        <translation>사회 기부 매칭({fund}, 기부:매칭 {ratio}, {source}): 매칭 예정 {due} 원, 입금 {received} 원, 미입금 {owed} 원</translation>
    </message>
    <message>
        <source>{year} 年预算执行情况</source>
        <translation>{year}년 예산 집행 현황</translation>
    </message>
</context>
<context>
    <name>GroupStartDialog</name>
    <message>
        <source>设定特殊群体起始日期</source>
        <translation>특수 계층 시작 날짜 설정</translation>
    </message>
    <message>
        <source>下列特殊群体是从花名册导入的，表中没有开始日期，暂按导入当天算（自导入起），所以以前各月的统计不含这些人。勾选知道实际开始日期的记录，填上日期后确定。</source>
        <translation>아래 특수 계층 기록은 명부에서 가져온 것으로, 표에 시작 날짜가 없어 가져온 날부터로 임시 계산했습니다(가져온 날부터). 그래서 이전 달 통계에는 이 사람들이 포함되지 않습니다. 실제 시작 날짜를 아는 기록을 선택하고 날짜를 입력한 뒤 확인하십시오.</translation>
    </message>
    <message>
        <source>全部群体</source>
        <translation>전체 계층</translation>
    </message>
    <message>
        <source>全选</source>
        <translation>전체 선택</translation>
    </message>
    <message>
        <source>群体</source>
        <translation>계층</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>성명</translation>
    </message>
    <message>
        <source>户号</source>
        <translation>호번호</translation>
    </message>
    <message>
        <source>登记的开始日期</source>
        <translation>등록된 시작 날짜</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>实际开始日期</source>
        <translation>실제 시작 날짜</translation>
    </message>
    <message>
        <source>设定所选记录</source>
        <translation>선택한 기록에 설정</translation>
    </message>
    <message>
        <source>没有需要补填开始日期的记录。</source>
        <translation>시작 날짜를 보충할 기록이 없습니다.</translation>
    </message>
</context>
<context>
    <name>GroupsPanel</name>
    <message>
        <source>特殊群体</source>
        <translation>특수 계층</translation>
    </message>
    <message>
        <source>群体</source>
        <translation>계층</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>분류</translation>
    </message>
    <message>
        <source>开始</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>结束</source>
        <translation>종료</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>비고</translation>
    </message>
    <message>
        <source>加入…</source>
        <translation>추가…</translation>
    </message>
    <message>
        <source>结束选中的…</source>
        <translation>선택 항목 종료…</translation>
    </message>
    <message>
        <source>设定起始日期…</source>
        <translation>시작 날짜 설정…</translation>
    </message>
    <message>
        <source>花名册导入时表中没有开始日期的记录标为“自导入起”，可在这里补填实际开始日期</source>
        <translation>명부를 가져올 때 표에 시작 날짜가 없던 기록은 “가져온 날부터”로 표시됩니다. 여기에서 실제 시작 날짜를 보충할 수 있습니다</translation>
    </message>
    <message>
        <source>（保存后结束）</source>
        <translation>(저장 후 종료)</translation>
    </message>
    <message>
        <source>（开始日期保存后生效）</source>
        <translation>(시작 날짜는 저장 후 적용)</translation>
    </message>
    <message>
        <source>（保存后生效）</source>
        <translation>(저장 후 적용)</translation>
    </message>
    <message>
        <source>%1（自导入起）</source>
        <translation>%1(가져온 날부터)</translation>
    </message>
    <message>
        <source>请选择</source>
        <translation>선택하십시오</translation>
    </message>
    <message>
        <source>请选中一条尚未结束的记录（高龄按出生日期自动判断，不能手工结束）。</source>
        <translation>아직 종료되지 않은 기록 하나를 선택하십시오(고령은 출생일에 따라 자동으로 판정되므로 수동으로 종료할 수 없습니다).</translation>
    </message>
    <message>
        <source>结束特殊群体记录</source>
        <translation>특수 계층 기록 종료</translation>
    </message>
    <message>
        <source>结束日期：</source>
        <translation>종료 날짜:</translation>
    </message>
    <message>
        <source>原因：</source>
        <translation>사유:</translation>
    </message>
    <message>
        <source>请选中一条已保存的特殊群体记录（高龄按出生日期自动判断）。</source>
        <translation>저장된 특수 계층 기록을 하나 선택하십시오(고령은 생년월일로 자동 판단).</translation>
    </message>
    <message>
        <source>设定起始日期</source>
        <translation>시작 날짜 설정</translation>
    </message>
    <message>
        <source>实际开始日期：</source>
        <translation>실제 시작 날짜:</translation>
    </message>
</context>
<context>
    <name>HallEntryDialog</name>
    <message>
        <source>登记收入</source>
        <translation>수입 등록</translation>
    </message>
    <message>
        <source>登记支出</source>
        <translation>지출 등록</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>분류</translation>
    </message>
    <message>
        <source>金额（元）</source>
        <translation>금액(원)</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>摘要</source>
        <translation>적요</translation>
    </message>
    <message>
        <source>交款人/收款单位</source>
        <translation>납부인/수납 단위</translation>
    </message>
</context>
<context>
    <name>HallTab</name>
    <message>
        <source>年份</source>
        <translation>연도</translation>
    </message>
    <message>
        <source>登记收入</source>
        <translation>수입 등록</translation>
    </message>
    <message>
        <source>登记支出</source>
        <translation>지출 등록</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>收支</source>
        <translation>수지</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>분류</translation>
    </message>
    <message>
        <source>金额（元）</source>
        <translation>금액(원)</translation>
    </message>
    <message>
        <source>摘要</source>
        <translation>적요</translation>
    </message>
    <message>
        <source>交款人/收款单位</source>
        <translation>납부인/수납 단위</translation>
    </message>
    <message>
        <source>每笔收支同时记入村级资金账本中的“红白事服务中心资金”，在“资金与财务公开”中一并公开。</source>
        <translation>모든 수입·지출은 촌급 자금 장부의 “홍백사 서비스센터 자금”에 함께 기록되며, “자금 및 재무공개”에서 함께 공개됩니다.</translation>
    </message>
    <message>
        <source>%1 年：上年结余 %2，收入 %3，支出 %4，年末结余 %5；服务红白事 %6 起。</source>
        <translation>%1년: 전년도 이월 잔액 %2, 수입 %3, 지출 %4, 연말 잔액 %5; 경조사(홍백사) 봉사 %6건.</translation>
    </message>
</context>
<context>
    <name>HelperDialog</name>
    <message>
        <source>登记工作人员或志愿者：%1</source>
        <translation>직원 또는 자원봉사자 등록: %1</translation>
    </message>
    <message>
        <source>姓名；本村村民也可写身份证后几位或“姓名 户号”</source>
        <translation>성명; 본 촌 촌민은 신분증 번호 뒷자리 또는 “성명 호번호”도 가능</translation>
    </message>
    <message>
        <source>不是本村花名册中的人（只记姓名）</source>
        <translation>본 촌 명부에 없는 사람(성명만 기록)</translation>
    </message>
    <message>
        <source>身份</source>
        <translation>신분</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>성명</translation>
    </message>
    <message>
        <source>开始服务日期</source>
        <translation>봉사 시작 날짜</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>연락처</translation>
    </message>
</context>
<context>
    <name>HelpersTab</name>
    <message>
        <source>登记人员…</source>
        <translation>인원 등록…</translation>
    </message>
    <message>
        <source>登记服务时长…</source>
        <translation>봉사 시간 등록…</translation>
    </message>
    <message>
        <source>结束服务…</source>
        <translation>봉사 종료…</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>성명</translation>
    </message>
    <message>
        <source>身份</source>
        <translation>신분</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>연락처</translation>
    </message>
    <message>
        <source>开始</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>结束</source>
        <translation>종료</translation>
    </message>
    <message>
        <source>%1 小时</source>
        <translation>%1 시간</translation>
    </message>
    <message>
        <source>累计小时</source>
        <translation>누계 시간</translation>
    </message>
    <message>
        <source>%1 %2 人 %3 小时</source>
        <translation>%1 %2명 %3시간</translation>
    </message>
    <message>
        <source>本月：</source>
        <translation>이번 달: </translation>
    </message>
    <message>
        <source>无服务记录</source>
        <translation>봉사 기록 없음</translation>
    </message>
    <message>
        <source>%1 在 %2 的服务记录</source>
        <translation>%1의 %2 봉사 기록</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>小时</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>登记服务时长</source>
        <translation>봉사 시간 등록</translation>
    </message>
    <message>
        <source>请先登记工作人员或志愿者。</source>
        <translation>먼저 직원 또는 자원봉사자를 등록하십시오.</translation>
    </message>
    <message>
        <source>结束服务</source>
        <translation>봉사 종료</translation>
    </message>
    <message>
        <source>请先在表中选中一位工作人员或志愿者。</source>
        <translation>먼저 표에서 직원 또는 자원봉사자 한 명을 선택하십시오.</translation>
    </message>
</context>
<context>
    <name>HoursDialog</name>
    <message>
        <source>登记服务时长</source>
        <translation>봉사 시간 등록</translation>
    </message>
    <message>
        <source>小时数，如 2 或 2.5</source>
        <translation>시간 수, 예: 2 또는 2.5</translation>
    </message>
    <message>
        <source>人员</source>
        <translation>인원</translation>
    </message>
    <message>
        <source>服务日期</source>
        <translation>봉사 날짜</translation>
    </message>
    <message>
        <source>服务时长（小时）</source>
        <translation>봉사 시간(시간)</translation>
    </message>
</context>
<context>
    <name>HouseholdDialog</name>
    <message>
        <source>户号</source>
        <translation>호번호</translation>
    </message>
    <message>
        <source>户主</source>
        <translation>세대주</translation>
    </message>
    <message>
        <source>住址</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>村民小组</source>
        <translation>촌민소조</translation>
    </message>
    <message>
        <source>网格</source>
        <translation>그리드</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>성명</translation>
    </message>
    <message>
        <source>与户主关系</source>
        <translation>세대주와의 관계</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>성별</translation>
    </message>
    <message>
        <source>年龄</source>
        <translation>나이</translation>
    </message>
    <message>
        <source>民族</source>
        <translation>민족</translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation>신분증번호</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>연락처</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>人员</source>
        <translation>인원</translation>
    </message>
    <message>
        <source>事项</source>
        <translation>사항</translation>
    </message>
    <message>
        <source>从</source>
        <translation>부터</translation>
    </message>
    <message>
        <source>到</source>
        <translation>까지</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>家庭成员</source>
        <translation>가족 구성원</translation>
    </message>
    <message>
        <source>变动记录</source>
        <translation>변동 기록</translation>
    </message>
    <message>
        <source>修改户信息…</source>
        <translation>세대 정보 수정…</translation>
    </message>
    <message>
        <source>添加成员</source>
        <translation>성원 추가</translation>
    </message>
    <message>
        <source>修改成员</source>
        <translation>구성원 수정</translation>
    </message>
    <message>
        <source>设为户主</source>
        <translation>세대주로 지정</translation>
    </message>
    <message>
        <source>迁到其他户…</source>
        <translation>다른 세대로 옮기기…</translation>
    </message>
    <message>
        <source>迁出/死亡/…</source>
        <translation>전출/사망/…</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>户：%1</source>
        <translation>세대: %1</translation>
    </message>
    <message>
        <source>（未设户主）</source>
        <translation>(세대주 미지정)</translation>
    </message>
    <message>
        <source>（网格员 %1）</source>
        <translation>(그리드관리원 %1)</translation>
    </message>
    <message>
        <source>正常</source>
        <translation>정상</translation>
    </message>
    <message>
        <source>已解散</source>
        <translation>해산됨</translation>
    </message>
    <message>
        <source>请先选择</source>
        <translation>먼저 선택하십시오</translation>
    </message>
    <message>
        <source>请先在列表中选中一位成员。</source>
        <translation>먼저 목록에서 성원 한 명을 선택하십시오.</translation>
    </message>
</context>
<context>
    <name>HouseholdInfoDialog</name>
    <message>
        <source>修改户信息</source>
        <translation>세대 정보 수정</translation>
    </message>
    <message>
        <source>（未分组）</source>
        <translation>(소조 미배정)</translation>
    </message>
    <message>
        <source>（未划网格）</source>
        <translation>(그리드 미배정)</translation>
    </message>
    <message>
        <source>户号：</source>
        <translation>호번호:</translation>
    </message>
    <message>
        <source>住址：</source>
        <translation>주소:</translation>
    </message>
    <message>
        <source>村民小组：</source>
        <translation>촌민소조:</translation>
    </message>
    <message>
        <source>网格：</source>
        <translation>그리드:</translation>
    </message>
    <message>
        <source>联系电话：</source>
        <translation>연락처:</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message>
        <source>%1 %2 条</source>
        <translation>%1 %2건</translation>
    </message>
    <message>
        <source>来自“%1”的第 %2 号数据包</source>
        <translation>“%1”에서 온 제%2호 데이터 패키지</translation>
    </message>
    <message>
        <source>%1以前已经导入过，这次没有做任何改动。</source>
        <translation>%1는 이전에 이미 가져왔으므로 이번에는 아무것도 바꾸지 않았습니다.</translation>
    </message>
    <message>
        <source>将新增 %1</source>
        <translation>%1 추가 예정</translation>
    </message>
    <message>
        <source>已新增 %1</source>
        <translation>%1 추가함</translation>
    </message>
    <message>
        <source>将修改 %1</source>
        <translation>%1 수정 예정</translation>
    </message>
    <message>
        <source>已修改 %1</source>
        <translation>%1 수정함</translation>
    </message>
    <message>
        <source>将删除 %1</source>
        <translation>%1 삭제 예정</translation>
    </message>
    <message>
        <source>已删除 %1</source>
        <translation>%1 삭제함</translation>
    </message>
    <message>
        <source>%1 条以前已经收到，将跳过</source>
        <translation>%1건은 이전에 이미 받았으므로 건너뛸 예정</translation>
    </message>
    <message>
        <source>%1 条以前已经收到，跳过</source>
        <translation>%1건은 이전에 이미 받았으므로 건너뜀</translation>
    </message>
    <message>
        <source>%1 条修改针对本机没有的记录，将忽略</source>
        <translation>%1건의 수정은 이 컴퓨터에 없는 기록에 대한 것이므로 무시할 예정</translation>
    </message>
    <message>
        <source>%1 条修改针对本机没有的记录，忽略</source>
        <translation>%1건의 수정은 이 컴퓨터에 없는 기록에 대한 것이므로 무시함</translation>
    </message>
    <message>
        <source>%1 条属于本机没有的数据表，将忽略</source>
        <translation>%1건은 이 컴퓨터에 없는 데이터 표에 속하므로 무시할 예정</translation>
    </message>
    <message>
        <source>%1 条属于本机没有的数据表，忽略</source>
        <translation>%1건은 이 컴퓨터에 없는 데이터 표에 속하므로 무시함</translation>
    </message>
    <message>
        <source>%1 条是已匿名化人员的旧内容，不再传送</source>
        <translation>%1건은 익명화된 인원의 옛 내용이므로 더 이상 전송하지 않음</translation>
    </message>
    <message>
        <source>%1 处同一内容两边都改过：%2 处采用对方较新的修改，%3 处保留本机较新的修改（都已记录备查）</source>
        <translation>%1곳은 같은 내용을 양쪽에서 모두 수정함: %2곳은 상대의 더 새로운 수정을 채택, %3곳은 이 컴퓨터의 더 새로운 수정을 유지(모두 기록해 둠)</translation>
    </message>
    <message>
        <source>没有新的内容</source>
        <translation>새로운 내용 없음</translation>
    </message>
    <message>
        <source>注意：本机数据可能是从旧备份恢复的（对方已收到本机到第 %1 号的变更，与本机记录不一致）。已改用新的编号，并把 %2 条本机变更排入下次导出重新发送，不会丢失或重复</source>
        <translation>주의: 이 컴퓨터의 데이터가 오래된 백업에서 복원된 것일 수 있습니다(상대는 이 컴퓨터의 제%1호까지의 변경을 받았으며, 이 컴퓨터의 기록과 일치하지 않음). 새 번호로 바꾸고 이 컴퓨터의 변경 %2건을 다음 내보내기에 다시 보내도록 넣었으므로 잃어버리거나 중복되지 않습니다</translation>
    </message>
    <message>
        <source>预览（没有写入）：</source>
        <translation>미리보기(기록하지 않음): </translation>
    </message>
    <message>
        <source>%1共 %2 条变更：%3。</source>
        <translation>%1, 변경 총 %2건: %3.</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>正在读取文件…</source>
        <translation>파일을 읽는 중…</translation>
    </message>
    <message>
        <source>从 Excel 导入花名册</source>
        <translation>Excel에서 명부 가져오기</translation>
    </message>
    <message>
        <source>下一步 &gt;</source>
        <translation>다음 &gt;</translation>
    </message>
    <message>
        <source>&lt; 上一步</source>
        <translation>&lt; 이전</translation>
    </message>
    <message>
        <source>完成</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>开始导入</source>
        <translation>가져오기 시작</translation>
    </message>
    <message>
        <source>读取文件</source>
        <translation>파일 읽기</translation>
    </message>
    <message>
        <source>正在导入花名册</source>
        <translation>명부를 가져오는 중</translation>
    </message>
    <message>
        <source>请稍候</source>
        <translation>잠시 기다려 주십시오</translation>
    </message>
    <message>
        <source>正在处理，请等待完成或在进度框中点“取消”。</source>
        <translation>처리 중입니다. 완료될 때까지 기다리시거나 진행 창에서 “취소”를 누르십시오.</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <source>取消</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <source>已取消，没有写入任何数据。</source>
        <translation>취소되었습니다. 어떤 데이터도 기록되지 않았습니다.</translation>
    </message>
    <message>
        <source>内部错误：%1</source>
        <translation>내부 오류: %1</translation>
    </message>
</context>
<context>
    <name>LeaveDialog</name>
    <message>
        <source>办理退托：</source>
        <translation>퇴소 처리:</translation>
    </message>
    <message>
        <source>退托日期</source>
        <translation>돌봄 퇴소 날짜</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>사유</translation>
    </message>
</context>
<context>
    <name>LedgerTab</name>
    <message>
        <source>2026（全年）、2026-Q1（季度）或 2026-03（月）</source>
        <translation>2026(연간), 2026-Q1(분기) 또는 2026-03(월)</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>전체</translation>
    </message>
    <message>
        <source>草稿</source>
        <translation>초안</translation>
    </message>
    <message>
        <source>已过账</source>
        <translation>전기 완료</translation>
    </message>
    <message>
        <source>资金</source>
        <translation>자금</translation>
    </message>
    <message>
        <source>期间</source>
        <translation>기간</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>查询</source>
        <translation>조회</translation>
    </message>
    <message>
        <source>记一笔</source>
        <translation>한 건 기록</translation>
    </message>
    <message>
        <source>修改草稿</source>
        <translation>초안 수정</translation>
    </message>
    <message>
        <source>过账</source>
        <translation>전기</translation>
    </message>
    <message>
        <source>冲销</source>
        <translation>상계</translation>
    </message>
    <message>
        <source>删除草稿</source>
        <translation>초안 삭제</translation>
    </message>
    <message>
        <source>附件</source>
        <translation>첨부파일</translation>
    </message>
    <message>
        <source>村民质询</source>
        <translation>촌민 질의</translation>
    </message>
    <message>
        <source>凭证号</source>
        <translation>전표 번호</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>收支</source>
        <translation>수지</translation>
    </message>
    <message>
        <source>科目</source>
        <translation>과목</translation>
    </message>
    <message>
        <source>金额</source>
        <translation>금액</translation>
    </message>
    <message>
        <source>收/付款单位或个人</source>
        <translation>수납/지급 단위 또는 개인</translation>
    </message>
    <message>
        <source>摘要</source>
        <translation>적요</translation>
    </message>
    <message>
        <source>议事事项</source>
        <translation>의사 사항</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>비고</translation>
    </message>
    <message>
        <source>全部资金</source>
        <translation>전체 자금</translation>
    </message>
    <message>
        <source>收入</source>
        <translation>수입</translation>
    </message>
    <message>
        <source>支出</source>
        <translation>지출</translation>
    </message>
    <message>
        <source>冲销 {v}</source>
        <translation>상계 {v}</translation>
    </message>
    <message>
        <source>已被 {v} 冲销</source>
        <translation>{v}에 의해 상계됨</translation>
    </message>
    <message>
        <source>附件 {n}</source>
        <translation>첨부파일 {n}</translation>
    </message>
    <message>
        <source>质询 {n}</source>
        <translation>질의 {n}</translation>
    </message>
    <message>
        <source>已过账 {n} 张：收入 {i} 元，支出 {e} 元；草稿 {d} 张</source>
        <translation>전기 {n}장: 수입 {i}원, 지출 {e}원; 초안 {d}장</translation>
    </message>
    <message>
        <source>修改</source>
        <translation>수정</translation>
    </message>
    <message>
        <source>凭证 {v} 已过账，不能修改；如有错误请冲销后重记。</source>
        <translation>전표 {v}은(는) 이미 전기되어 수정할 수 없습니다. 오류가 있으면 상계한 후 다시 기록하십시오.</translation>
    </message>
    <message>
        <source>凭证 {v} 已过账。</source>
        <translation>전표 {v}이(가) 전기되었습니다.</translation>
    </message>
    <message>
        <source>过账后凭证不能再修改或删除，只能冲销。确定过账“{s}”{a} 元吗？</source>
        <translation>전기 후에는 전표를 수정하거나 삭제할 수 없고 상계만 할 수 있습니다. “{s}” {a}원을 전기하시겠습니까?</translation>
    </message>
    <message>
        <source>草稿凭证不用冲销，可以直接删除后重记。</source>
        <translation>초안 전표는 상계할 필요 없이 바로 삭제하고 다시 기록할 수 있습니다.</translation>
    </message>
    <message>
        <source>删除草稿“{s}”吗？</source>
        <translation>초안 “{s}”을(를) 삭제하시겠습니까?</translation>
    </message>
    <message>
        <source>附件：{v} {s}</source>
        <translation>첨부파일: {v} {s}</translation>
    </message>
</context>
<context>
    <name>Lifecycle</name>
    <message>
        <source>必填</source>
        <translation>필수</translation>
    </message>
    <message>
        <source>可不填</source>
        <translation>선택</translation>
    </message>
    <message>
        <source>日期：</source>
        <translation>날짜:</translation>
    </message>
    <message>
        <source>原因：</source>
        <translation>사유:</translation>
    </message>
    <message>
        <source>暂不指定（本户暂无户主）</source>
        <translation>당분간 지정하지 않음(이 세대는 세대주 없음)</translation>
    </message>
    <message>
        <source>迁出</source>
        <translation>전출</translation>
    </message>
    <message>
        <source>登记死亡</source>
        <translation>사망 등록</translation>
    </message>
    <message>
        <source>外出务工</source>
        <translation>외지 취업</translation>
    </message>
    <message>
        <source>返乡（恢复在册）</source>
        <translation>귀향(재적 복구)</translation>
    </message>
    <message>
        <source>更正状态（登记有误时撤销）</source>
        <translation>상태 정정(잘못 등록했을 때 취소)</translation>
    </message>
    <message>
        <source>标记为重复记录并合并</source>
        <translation>중복 기록으로 표시하고 병합</translation>
    </message>
    <message>
        <source>办理人员变动</source>
        <translation>인원 변동 처리</translation>
    </message>
    <message>
        <source>%1（现在：%2）要办理：</source>
        <translation>%1(현재: %2) 처리할 내용:</translation>
    </message>
    <message>
        <source>下一步</source>
        <translation>다음</translation>
    </message>
    <message>
        <source>%1 迁出本村。其特殊群体记录将于当日结束。</source>
        <translation>%1 님이 본 촌에서 전출합니다. 특수 계층 기록은 당일로 종료됩니다.</translation>
    </message>
    <message>
        <source>迁往：</source>
        <translation>전출지:</translation>
    </message>
    <message>
        <source>新户主：</source>
        <translation>새 세대주:</translation>
    </message>
    <message>
        <source>登记 %1 死亡。记录不会删除，历史保留。</source>
        <translation>%1 님의 사망을 등록합니다. 기록은 삭제되지 않고 이력이 보존됩니다.</translation>
    </message>
    <message>
        <source>%1 外出务工，仍是本户本村的人。</source>
        <translation>%1 님이 외지로 취업하러 갑니다. 여전히 이 세대, 이 촌의 사람입니다.</translation>
    </message>
    <message>
        <source>务工地点：</source>
        <translation>취업지:</translation>
    </message>
    <message>
        <source>返乡</source>
        <translation>귀향</translation>
    </message>
    <message>
        <source>%1 返乡，恢复在册。</source>
        <translation>%1 님이 귀향하여 재적을 복구합니다.</translation>
    </message>
    <message>
        <source>更正状态</source>
        <translation>상태 정정</translation>
    </message>
    <message>
        <source>撤销 %1 的“%2”登记，恢复之前的状态。</source>
        <translation>%1 님의 “%2” 등록을 취소하고 이전 상태로 되돌립니다.</translation>
    </message>
    <message>
        <source>合并重复记录</source>
        <translation>중복 기록 병합</translation>
    </message>
    <message>
        <source>%1 这条记录是重复的：选出要保留的那条记录。</source>
        <translation>%1 님의 이 기록은 중복입니다. 남길 기록을 선택하십시오.</translation>
    </message>
    <message>
        <source>保留：</source>
        <translation>남길 기록:</translation>
    </message>
    <message>
        <source>户间迁移</source>
        <translation>세대 간 이동</translation>
    </message>
    <message>
        <source>%1 迁到本村的另一户。</source>
        <translation>%1 님이 본 촌의 다른 세대로 옮깁니다.</translation>
    </message>
    <message>
        <source>迁入户：</source>
        <translation>옮겨 갈 세대:</translation>
    </message>
    <message>
        <source>与新户主关系：</source>
        <translation>새 세대주와의 관계:</translation>
    </message>
    <message>
        <source>原户新户主：</source>
        <translation>원래 세대의 새 세대주:</translation>
    </message>
    <message>
        <source>更换户主</source>
        <translation>세대주 변경</translation>
    </message>
    <message>
        <source>把 %1 设为户 %2 的户主。</source>
        <translation>%1 님을 %2 세대의 세대주로 지정합니다.</translation>
    </message>
    <message>
        <source>原户主 %1 与新户主关系：</source>
        <translation>원래 세대주 %1 님과 새 세대주의 관계:</translation>
    </message>
    <message>
        <source>请先选择要迁入的户。</source>
        <translation>먼저 옮겨 갈 세대를 선택하십시오.</translation>
    </message>
    <message>
        <source>输入户号或户主姓名查找</source>
        <translation>세대 번호나 세대주 이름을 입력해 찾기</translation>
    </message>
    <message>
        <source>请先选择要保留的记录。</source>
        <translation>먼저 남길 기록을 선택하십시오.</translation>
    </message>
    <message>
        <source>输入姓名、拼音首字母或身份证号后几位查找</source>
        <translation>이름, 병음 첫 글자 또는 신분증 번호 끝자리를 입력해 찾기</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>登录村务通</source>
        <translation>촌무통 로그인</translation>
    </message>
    <message>
        <source>用户名</source>
        <translation>사용자 이름</translation>
    </message>
    <message>
        <source>密码</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <source>登录</source>
        <translation>로그인</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>종료</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>村务通</source>
        <translation>촌무통</translation>
    </message>
    <message>
        <source>【示范数据】</source>
        <translation>【시범 데이터】</translation>
    </message>
    <message>
        <source>数据文件：</source>
        <translation>데이터 파일:</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>新增</source>
        <translation>추가</translation>
    </message>
    <message>
        <source>更新</source>
        <translation>갱신</translation>
    </message>
    <message>
        <source>不变</source>
        <translation>변경 없음</translation>
    </message>
    <message>
        <source>错误</source>
        <translation>오류</translation>
    </message>
    <message>
        <source>第 2 步：核对表头和各列对应的字段</source>
        <translation>2단계: 표머리와 각 열에 대응하는 필드 확인</translation>
    </message>
    <message>
        <source>程序已自动识别表头；如有不对，请在“对应字段”中改选。下方预览前 %1 行将如何导入。</source>
        <translation>프로그램이 표머리를 자동으로 인식했습니다. 틀린 곳이 있으면 “대응 필드”에서 다시 선택하십시오. 아래에 처음 %1행이 어떻게 가져와지는지 미리 보여 줍니다.</translation>
    </message>
    <message>
        <source>工作表</source>
        <translation>워크시트</translation>
    </message>
    <message>
        <source>列</source>
        <translation>열</translation>
    </message>
    <message>
        <source>表头</source>
        <translation>표머리</translation>
    </message>
    <message>
        <source>对应字段</source>
        <translation>대응 필드</translation>
    </message>
    <message>
        <source>示例</source>
        <translation>예시</translation>
    </message>
    <message>
        <source>文件：%1　工作表：%2　表头在第 %3 行，数据从第 %4 行开始，共 %5 行。</source>
        <translation>파일: %1　워크시트: %2　표머리는 %3행, 데이터는 %4행부터 시작, 총 %5행입니다.</translation>
    </message>
    <message>
        <source>（不导入）</source>
        <translation>(가져오지 않음)</translation>
    </message>
    <message>
        <source>（必填）</source>
        <translation>(필수)</translation>
    </message>
    <message>
        <source>行号</source>
        <translation>행 번호</translation>
    </message>
    <message>
        <source>将会</source>
        <translation>처리 예정</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>설명</translation>
    </message>
</context>
<context>
    <name>MatchDialog</name>
    <message>
        <source>捐助配套规则：{fund}</source>
        <translation>기부 매칭 규칙: {fund}</translation>
    </message>
    <message>
        <source>记入“社会捐赠”科目的收入按比例产生应配套金额；配套资金到账时记入“政府配套资金”科目。比例留空则取消规则。</source>
        <translation>'사회 기부' 과목의 수입은 비율에 따라 매칭 예정 금액을 만듭니다. 매칭 자금이 입금되면 '정부 매칭 자금' 과목으로 기록합니다. 비율을 비우면 규칙이 취소됩니다.</translation>
    </message>
    <message>
        <source>配套比例（捐助:配套）</source>
        <translation>매칭 비율(기부:매칭)</translation>
    </message>
    <message>
        <source>配套资金来源</source>
        <translation>매칭 자금 출처</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>增加理事会成员</source>
        <translation>리사회 구성원 추가</translation>
    </message>
    <message>
        <source>不是本村村民（如乡镇驻村干部）</source>
        <translation>본 촌 촌민이 아님(예: 향진 주재 간부)</translation>
    </message>
    <message>
        <source>任期结束日期</source>
        <translation>임기 종료일</translation>
    </message>
    <message>
        <source>职务</source>
        <translation>직무</translation>
    </message>
    <message>
        <source>本村村民</source>
        <translation>본 촌 촌민</translation>
    </message>
    <message>
        <source>姓名（非村民）</source>
        <translation>성명(비촌민)</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>연락처</translation>
    </message>
    <message>
        <source>任期开始</source>
        <translation>임기 시작</translation>
    </message>
</context>
<context>
    <name>MembersTab</name>
    <message>
        <source>只看现任</source>
        <translation>현직만 보기</translation>
    </message>
    <message>
        <source>增加成员</source>
        <translation>구성원 추가</translation>
    </message>
    <message>
        <source>结束任期</source>
        <translation>임기 종료</translation>
    </message>
    <message>
        <source>职务</source>
        <translation>직무</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>성명</translation>
    </message>
    <message>
        <source>本村村民</source>
        <translation>본 촌 촌민</translation>
    </message>
    <message>
        <source>村民小组</source>
        <translation>촌민소조</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>연락처</translation>
    </message>
    <message>
        <source>任期开始</source>
        <translation>임기 시작</translation>
    </message>
    <message>
        <source>任期结束</source>
        <translation>임기 종료</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>비고</translation>
    </message>
    <message>
        <source>是</source>
        <translation>예</translation>
    </message>
    <message>
        <source>否</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>现任</source>
        <translation>현임</translation>
    </message>
    <message>
        <source>任期结束日期（年-月-日）：</source>
        <translation>임기 종료일(년-월-일):</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>概览</source>
        <translation>개요</translation>
    </message>
    <message>
        <source>花名册</source>
        <translation>명부</translation>
    </message>
    <message>
        <source>托老托幼</source>
        <translation>노인·아동 돌봄</translation>
    </message>
    <message>
        <source>红白理事会</source>
        <translation>홍백리사회</translation>
    </message>
    <message>
        <source>资金与财务公开</source>
        <translation>자금 및 재무공개</translation>
    </message>
    <message>
        <source>公告打印</source>
        <translation>공고 인쇄</translation>
    </message>
    <message>
        <source>同步与上报</source>
        <translation>동기화와 보고</translation>
    </message>
    <message>
        <source>本村设置</source>
        <translation>본 촌 설정</translation>
    </message>
</context>
<context>
    <name>NewVersionDialog</name>
    <message>
        <source>新建标准版本</source>
        <translation>새 기준 버전</translation>
    </message>
    <message>
        <source>如：2026年村规民约修订（村民代表会议通过）</source>
        <translation>예: 2026년 촌규민약 개정(촌민대표회의 통과)</translation>
    </message>
    <message>
        <source>从系统示例模板开始（否则沿用该日期前有效的标准）</source>
        <translation>시스템 예시 템플릿에서 시작(선택하지 않으면 해당 날짜 이전에 유효한 기준을 계속 사용)</translation>
    </message>
    <message>
        <source>生效日期</source>
        <translation>시행일</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>명칭</translation>
    </message>
</context>
<context>
    <name>NoticeKinds</name>
    <message>
        <source>花名册</source>
        <translation>명부</translation>
    </message>
    <message>
        <source>村民花名册（横向 A4，身份证号隐去中间位）</source>
        <translation>촌민 명부(가로 A4, 신분증번호 가운데 자리 숨김)</translation>
    </message>
    <message>
        <source>村民小组</source>
        <translation>촌민소조</translation>
    </message>
    <message>
        <source>只列这个村民小组</source>
        <translation>이 촌민소조만 표시</translation>
    </message>
    <message>
        <source>户籍状态</source>
        <translation>호적 상태</translation>
    </message>
    <message>
        <source>在籍（在册和外出务工，默认）、全部或某一状态</source>
        <translation>재적(등록 및 외지 취업, 기본값), 전체 또는 특정 상태</translation>
    </message>
    <message>
        <source>在籍</source>
        <translation>재적</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>전체</translation>
    </message>
    <message>
        <source>在册</source>
        <translation>등록</translation>
    </message>
    <message>
        <source>外出务工</source>
        <translation>외지 취업</translation>
    </message>
    <message>
        <source>迁出</source>
        <translation>전출</translation>
    </message>
    <message>
        <source>死亡</source>
        <translation>사망</translation>
    </message>
    <message>
        <source>已合并</source>
        <translation>병합됨</translation>
    </message>
    <message>
        <source>特殊群体</source>
        <translation>특수 계층</translation>
    </message>
    <message>
        <source>只列某一特殊群体，如 高龄</source>
        <translation>특정 특수 대상만 표시, 예: 고령</translation>
    </message>
    <message>
        <source>低保</source>
        <translation>최저생활보장</translation>
    </message>
    <message>
        <source>特困供养</source>
        <translation>특곤부양(오보)</translation>
    </message>
    <message>
        <source>残疾</source>
        <translation>장애</translation>
    </message>
    <message>
        <source>高龄</source>
        <translation>고령</translation>
    </message>
    <message>
        <source>空巢老人</source>
        <translation>빈 둥지 노인</translation>
    </message>
    <message>
        <source>独居老人</source>
        <translation>독거노인</translation>
    </message>
    <message>
        <source>留守儿童</source>
        <translation>유수아동</translation>
    </message>
    <message>
        <source>留守老人</source>
        <translation>유수노인</translation>
    </message>
    <message>
        <source>留守妇女</source>
        <translation>유수부녀</translation>
    </message>
    <message>
        <source>困境儿童</source>
        <translation>곤경 아동</translation>
    </message>
    <message>
        <source>孤儿</source>
        <translation>고아</translation>
    </message>
    <message>
        <source>优抚对象</source>
        <translation>우대무휼 대상</translation>
    </message>
    <message>
        <source>脱贫户</source>
        <translation>탈빈곤호</translation>
    </message>
    <message>
        <source>监测户</source>
        <translation>모니터링 대상호</translation>
    </message>
    <message>
        <source>低保/特困/高龄补贴公示</source>
        <translation>최저생활보장/특곤부양/고령수당 공시</translation>
    </message>
    <message>
        <source>姓名、小组、金额；身份证号隐去中间位，不含健康信息</source>
        <translation>성명, 소조, 금액; 신분증번호는 가운데 자리를 가리며 건강 정보는 포함하지 않음</translation>
    </message>
    <message>
        <source>公示类别</source>
        <translation>공시 유형</translation>
    </message>
    <message>
        <source>低保、特困供养（五保）或 高龄</source>
        <translation>최저생활보장, 특곤부양(오보) 또는 고령</translation>
    </message>
    <message>
        <source>发放月份</source>
        <translation>지급 월</translation>
    </message>
    <message>
        <source>YYYY-MM，默认本月</source>
        <translation>YYYY-MM, 기본값은 이번 달</translation>
    </message>
    <message>
        <source>每人每月金额（元）</source>
        <translation>1인당 월 금액(원)</translation>
    </message>
    <message>
        <source>不填则用本村设置（notices.allowance.&lt;类别&gt;）</source>
        <translation>입력하지 않으면 본 촌 설정(notices.allowance.&lt;类别&gt;, 类别=유형)을 사용합니다</translation>
    </message>
    <message>
        <source>会议通知</source>
        <translation>회의 통지</translation>
    </message>
    <message>
        <source>四议两公开各阶段或其他会议的通知；选了议事事项时按它的记录自动填写</source>
        <translation>4의2공개 각 단계나 기타 회의의 통지. 의사 사항을 고르면 그 기록으로 자동 작성</translation>
    </message>
    <message>
        <source>四议两公开的议事事项（内容取自“资金与财务公开”页）</source>
        <translation>4의2공개 의사 사항(내용은 “자금 및 재무공개” 화면에서 가져옴)</translation>
    </message>
    <message>
        <source>四议两公开的决议公开；选了议事事项时按它的记录自动填写</source>
        <translation>4의2공개의 결의 공개. 의사 사항을 고르면 그 기록으로 자동 작성</translation>
    </message>
    <message>
        <source>四议两公开的实施结果公开（取自“资金与财务公开”页）</source>
        <translation>4의2공개의 실시 결과 공개(“자금 및 재무공개” 화면에서 가져옴)</translation>
    </message>
    <message>
        <source>事后实际情况与是否符合标准（取自“红白理事会”页）</source>
        <translation>사후 실제 상황과 기준 부합 여부(“홍백리사회” 화면에서 가져옴)</translation>
    </message>
    <message>
        <source>事主签字的简办承诺书（取自“红白理事会”页）</source>
        <translation>당사자가 서명한 간소화 약속서(“홍백리사회” 화면에서 가져옴)</translation>
    </message>
    <message>
        <source>在册、出勤人次、助餐餐次、服务项目、对象构成、应拨补贴（取自“托老托幼”页）</source>
        <translation>돌봄 인원, 출석 인차, 식사 끼니 수, 서비스 항목, 대상 구성, 지급 예정 보조금(“노인·아동 돌봄” 화면에서 가져옴)</translation>
    </message>
    <message>
        <source>决策事项</source>
        <translation>결정 사항</translation>
    </message>
    <message>
        <source>会议名称</source>
        <translation>회의 명칭</translation>
    </message>
    <message>
        <source>会议时间</source>
        <translation>회의 시간</translation>
    </message>
    <message>
        <source>会议地点</source>
        <translation>회의 장소</translation>
    </message>
    <message>
        <source>参会人员</source>
        <translation>참석자</translation>
    </message>
    <message>
        <source>会议议题</source>
        <translation>회의 의제</translation>
    </message>
    <message>
        <source>每行一个议题</source>
        <translation>한 줄에 의제 하나</translation>
    </message>
    <message>
        <source>正文</source>
        <translation>본문</translation>
    </message>
    <message>
        <source>不填则按会议时间地点自动生成</source>
        <translation>입력하지 않으면 회의 시간과 장소에 따라 자동 생성됩니다</translation>
    </message>
    <message>
        <source>标题</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>召集单位</source>
        <translation>소집 단위</translation>
    </message>
    <message>
        <source>决议公告</source>
        <translation>결의 공고</translation>
    </message>
    <message>
        <source>决议事项</source>
        <translation>결의 사항</translation>
    </message>
    <message>
        <source>涉及金额（元）</source>
        <translation>관련 금액(원)</translation>
    </message>
    <message>
        <source>决议内容</source>
        <translation>결의 내용</translation>
    </message>
    <message>
        <source>表决会议</source>
        <translation>표결 회의</translation>
    </message>
    <message>
        <source>表决日期</source>
        <translation>표결 날짜</translation>
    </message>
    <message>
        <source>应到人数</source>
        <translation>재적 인원</translation>
    </message>
    <message>
        <source>实到人数</source>
        <translation>실제 참석 인원</translation>
    </message>
    <message>
        <source>同意票</source>
        <translation>찬성표</translation>
    </message>
    <message>
        <source>反对票</source>
        <translation>반대표</translation>
    </message>
    <message>
        <source>弃权票</source>
        <translation>기권표</translation>
    </message>
    <message>
        <source>资金安排</source>
        <translation>자금 배정</translation>
    </message>
    <message>
        <source>实施主体</source>
        <translation>실시 주체</translation>
    </message>
    <message>
        <source>实施结果公告</source>
        <translation>실시 결과 공고</translation>
    </message>
    <message>
        <source>财务公开表</source>
        <translation>재무공개표</translation>
    </message>
    <message>
        <source>收支按资金和类别、余额、决策进展，金额大写，监委会签字</source>
        <translation>자금 및 유형별 수지, 잔액, 결정 진행 상황, 금액 한자 대문자 표기, 감독위원회 서명</translation>
    </message>
    <message>
        <source>公开期间</source>
        <translation>공개 기간</translation>
    </message>
    <message>
        <source>2026-03（月）、2026-Q1（季度）或 2026（年）</source>
        <translation>2026-03(월), 2026-Q1(분기) 또는 2026(연)</translation>
    </message>
    <message>
        <source>资金</source>
        <translation>자금</translation>
    </message>
    <message>
        <source>只公开这一项资金</source>
        <translation>이 자금만 공개</translation>
    </message>
    <message>
        <source>红白喜事公示</source>
        <translation>홍백사 공시</translation>
    </message>
    <message>
        <source>公示期间</source>
        <translation>공시 기간</translation>
    </message>
    <message>
        <source>红白事</source>
        <translation>홍백사</translation>
    </message>
    <message>
        <source>只公示这一起红白事</source>
        <translation>이 경조사만 공시</translation>
    </message>
    <message>
        <source>红白事承诺书</source>
        <translation>홍백사 서약서</translation>
    </message>
    <message>
        <source>托老托幼月报表</source>
        <translation>노인·아동 돌봄 월보고서</translation>
    </message>
    <message>
        <source>统计月份</source>
        <translation>통계 월</translation>
    </message>
    <message>
        <source>服务场所</source>
        <translation>서비스 장소</translation>
    </message>
    <message>
        <source>只报这一处场所</source>
        <translation>이 시설만 보고</translation>
    </message>
    <message>
        <source>户籍登记表</source>
        <translation>호적 등록표</translation>
    </message>
    <message>
        <source>空白户籍登记表，供手工填写</source>
        <translation>빈 호적 등록표(수기 작성용)</translation>
    </message>
    <message>
        <source>成员行数</source>
        <translation>구성원 행 수</translation>
    </message>
    <message>
        <source>资金与财务公开</source>
        <translation>자금 및 재무공개</translation>
    </message>
    <message>
        <source>红白理事会</source>
        <translation>홍백리사회</translation>
    </message>
    <message>
        <source>托老托幼</source>
        <translation>노인·아동 돌봄</translation>
    </message>
    <message>
        <source>公告</source>
        <translation>공고</translation>
    </message>
    <message>
        <source>打印</source>
        <translation>인쇄</translation>
    </message>
    <message>
        <source>保存PDF</source>
        <translation>PDF 저장</translation>
    </message>
</context>
<context>
    <name>NoticeSettingsDialog</name>
    <message>
        <source>公告设置</source>
        <translation>공고 설정</translation>
    </message>
    <message>
        <source>公告的固定文字同时印中文和朝鲜文（中文在前）</source>
        <translation>공고의 고정 문구를 중국어와 조선어로 함께 인쇄(중국어가 먼저)</translation>
    </message>
    <message>
        <source> 天</source>
        <translation> 일</translation>
    </message>
    <message>
        <source>如 0912-3456789</source>
        <translation>예: 0912-3456789</translation>
    </message>
    <message>
        <source>{year} 代表年份，{n} 代表当年序号</source>
        <translation>{year}는 연도, {n}은 해당 연도의 일련번호를 나타냅니다</translation>
    </message>
    <message>
        <source>双语公告</source>
        <translation>이중언어 공고</translation>
    </message>
    <message>
        <source>公示期</source>
        <translation>공시 기간</translation>
    </message>
    <message>
        <source>监督电话</source>
        <translation>감독 전화</translation>
    </message>
    <message>
        <source>文号格式</source>
        <translation>문서번호 형식</translation>
    </message>
    <message>
        <source>补贴标准（元/人/月，公示时使用）</source>
        <translation>보조 기준(원/인/월, 공시에 사용)</translation>
    </message>
    <message>
        <source>低保（每人）</source>
        <translation>최저생활보장(1인당)</translation>
    </message>
    <message>
        <source>特困供养 分散供养</source>
        <translation>특곤부양(오보) 분산부양</translation>
    </message>
    <message>
        <source>特困供养 集中供养</source>
        <translation>특곤부양(오보) 집중부양</translation>
    </message>
    <message>
        <source>高龄补贴 80–89 岁</source>
        <translation>고령 보조금 80–89세</translation>
    </message>
    <message>
        <source>高龄补贴 90–99 岁</source>
        <translation>고령 보조금 90–99세</translation>
    </message>
    <message>
        <source>高龄补贴 100 岁以上</source>
        <translation>고령 보조금 100세 이상</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>未设置</source>
        <translation>미설정</translation>
    </message>
    <message>
        <source>特困供养</source>
        <translation>특곤부양(오보)</translation>
    </message>
    <message>
        <source>高龄补贴</source>
        <translation>고령 보조금</translation>
    </message>
    <message>
        <source>低保金额</source>
        <translation>최저생활보장 금액</translation>
    </message>
</context>
<context>
    <name>NoticesPage</name>
    <message>
        <source>正在生成公告…</source>
        <translation>공고를 생성하는 중…</translation>
    </message>
</context>
<context>
    <name>NoticesPrinting</name>
    <message>
        <source>无法开始打印：打印机不可用或被占用。</source>
        <translation>인쇄를 시작할 수 없습니다: 프린터를 사용할 수 없거나 사용 중입니다.</translation>
    </message>
    <message>
        <source>打印公告</source>
        <translation>공고 인쇄</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>户数</source>
        <translation>세대 수</translation>
    </message>
    <message>
        <source>在册人数</source>
        <translation>등록 인원</translation>
    </message>
    <message>
        <source>外出务工</source>
        <translation>외지 취업</translation>
    </message>
    <message>
        <source>村民小组</source>
        <translation>촌민소조</translation>
    </message>
    <message>
        <source>数据文件</source>
        <translation>데이터 파일</translation>
    </message>
    <message>
        <source>备份</source>
        <translation>백업</translation>
    </message>
    <message>
        <source>快捷键：Ctrl+F 查找人员　Ctrl+N 新增人员　Ctrl+1 至 Ctrl+8 切换左侧各页</source>
        <translation>단축키: Ctrl+F 인원 찾기　Ctrl+N 인원 추가　Ctrl+1 ~ Ctrl+8 왼쪽 각 페이지 전환</translation>
    </message>
    <message>
        <source>户籍状态为“在册”的人数。花名册选“全部状态”时还列出外出务工、迁出、死亡的人，所以那里的“共 N 人”更多。</source>
        <translation>호적 상태가 “등록”인 인원수입니다. 명부에서 “전체 상태”를 고르면 외지 취업, 전출, 사망한 사람도 나열되므로 그곳의 “총 N명”이 더 많습니다.</translation>
    </message>
    <message>
        <source>区划代码 %1</source>
        <translation>행정구역코드 %1</translation>
    </message>
    <message>
        <source>找不到备份文件夹 %1（U盘没有插上？）</source>
        <translation>백업 폴더 %1을(를) 찾을 수 없습니다(USB를 꽂지 않았습니까?)</translation>
    </message>
    <message>
        <source>最近一次 %1</source>
        <translation>최근 %1</translation>
    </message>
    <message>
        <source>还没有备份</source>
        <translation>아직 백업이 없습니다</translation>
    </message>
    <message>
        <source>　已超过 7 天没有备份，请到“本村设置”立即备份（可备份到U盘）。</source>
        <translation>　7일 넘게 백업하지 않았습니다. “본 촌 설정”에서 즉시 백업하십시오(USB에 백업할 수 있습니다).</translation>
    </message>
    <message>
        <source>还没有托老托幼场所</source>
        <translation>노인·아동 돌봄 시설이 아직 없습니다</translation>
    </message>
    <message>
        <source>先添加本村的托老或托幼场所（幸福院、日间照料中心、托育点等），填上核定名额和开放日，然后登记入托人员，就可以每天签到了。</source>
        <translation>먼저 본 촌의 노인 또는 아동 돌봄 시설(행복원, 주간 돌봄센터, 영아 보육소 등)을 추가하고 확정 정원과 개방일을 입력하십시오. 그다음 입소 인원을 등록하면 매일 출석을 기록할 수 있습니다.</translation>
    </message>
    <message>
        <source>添加托老/托幼点…</source>
        <translation>노인·아동 돌봄 시설 추가…</translation>
    </message>
    <message>
        <source>签到登记</source>
        <translation>출석 등록</translation>
    </message>
    <message>
        <source>入托人员</source>
        <translation>돌봄 입소 인원</translation>
    </message>
    <message>
        <source>统计报表</source>
        <translation>통계 보고표</translation>
    </message>
    <message>
        <source>场所设置</source>
        <translation>시설 설정</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>명칭</translation>
    </message>
    <message>
        <source>工作人员和志愿者</source>
        <translation>직원과 자원봉사자</translation>
    </message>
    <message>
        <source>补贴标准</source>
        <translation>보조금 기준</translation>
    </message>
    <message>
        <source>资金账户</source>
        <translation>자금계좌</translation>
    </message>
    <message>
        <source>收支账目</source>
        <translation>수지 장부</translation>
    </message>
    <message>
        <source>四议两公开</source>
        <translation>4의2공개</translation>
    </message>
    <message>
        <source>结账与监督</source>
        <translation>결산 및 감독</translation>
    </message>
    <message>
        <source>财务公开</source>
        <translation>재무공개</translation>
    </message>
    <message>
        <source>小微权力清单</source>
        <translation>소미권력 목록</translation>
    </message>
    <message>
        <source>需要相应模块提供数据</source>
        <translation>해당 모듈의 데이터가 필요합니다</translation>
    </message>
    <message>
        <source>带 &lt;span style='color:#b00020'&gt;*&lt;/span&gt; 的必须填写；灰色的“例：…”只是示例，不会印在公告上。</source>
        <translation>&lt;span style='color:#b00020'&gt;*&lt;/span&gt; 표시가 있는 항목은 반드시 입력하십시오. 회색의 “예: …”는 예시일 뿐 공고에 인쇄되지 않습니다.</translation>
    </message>
    <message>
        <source>落款</source>
        <translation>서명란</translation>
    </message>
    <message>
        <source>留空自动编号；填“无”则不印文号</source>
        <translation>비워 두면 자동 번호 부여, “없음”을 입력하면 문서번호를 인쇄하지 않습니다</translation>
    </message>
    <message>
        <source>中朝双语</source>
        <translation>중국어·조선어 이중언어</translation>
    </message>
    <message>
        <source>落款日期</source>
        <translation>서명란 날짜</translation>
    </message>
    <message>
        <source>文号</source>
        <translation>문서번호</translation>
    </message>
    <message>
        <source>预览</source>
        <translation>미리보기</translation>
    </message>
    <message>
        <source>打印…</source>
        <translation>인쇄…</translation>
    </message>
    <message>
        <source>保存为 PDF…</source>
        <translation>PDF로 저장…</translation>
    </message>
    <message>
        <source>公告设置…</source>
        <translation>공고 설정…</translation>
    </message>
    <message>
        <source>公告种类</source>
        <translation>공고 종류</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>公告</source>
        <translation>공고</translation>
    </message>
    <message>
        <source>操作</source>
        <translation>작업</translation>
    </message>
    <message>
        <source>操作人</source>
        <translation>작업자</translation>
    </message>
    <message>
        <source>页数</source>
        <translation>페이지 수</translation>
    </message>
    <message>
        <source>打印和保存记录</source>
        <translation>인쇄 및 저장 기록</translation>
    </message>
    <message>
        <source>这种公告的数据由“%1”模块提供，当前版本尚未包含，暂时无法生成。</source>
        <translation>이 공고의 데이터는 “%1” 모듈에서 제공되는데, 현재 버전에는 아직 포함되지 않아 지금은 생성할 수 없습니다.</translation>
    </message>
    <message>
        <source>（不选）</source>
        <translation>(선택 안 함)</translation>
    </message>
    <message>
        <source>（不限）</source>
        <translation>(제한 없음)</translation>
    </message>
    <message>
        <source>每行一项</source>
        <translation>한 줄에 한 항목</translation>
    </message>
    <message>
        <source>例：%1</source>
        <translation>예: %1</translation>
    </message>
    <message>
        <source>选项已更改，请重新预览后再打印或保存。</source>
        <translation>옵션이 변경되었습니다. 다시 미리보기를 한 후 인쇄하거나 저장하십시오.</translation>
    </message>
    <message>
        <source>正在生成…</source>
        <translation>생성 중…</translation>
    </message>
    <message>
        <source>生成公告</source>
        <translation>공고 생성</translation>
    </message>
    <message>
        <source>%1，共 %2 页%3。核对无误后可打印或保存。</source>
        <translation>%1, 총 %2페이지%3. 확인 후 이상이 없으면 인쇄하거나 저장할 수 있습니다.</translation>
    </message>
    <message>
        <source>正在打印…</source>
        <translation>인쇄 중…</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>已取消打印。</source>
        <translation>인쇄가 취소되었습니다.</translation>
    </message>
    <message>
        <source>已送打印机：%1 页。</source>
        <translation>프린터로 보냈습니다: %1페이지.</translation>
    </message>
    <message>
        <source>保存为 PDF</source>
        <translation>PDF로 저장</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF 파일 (*.pdf)</translation>
    </message>
    <message>
        <source>已保存：%1</source>
        <translation>저장됨: %1</translation>
    </message>
    <message>
        <source>请先预览</source>
        <translation>먼저 미리보기를 하십시오</translation>
    </message>
    <message>
        <source>请先预览，核对无误后再打印或保存。</source>
        <translation>먼저 미리보기로 틀린 곳이 없는지 확인한 후 인쇄하거나 저장하십시오.</translation>
    </message>
    <message>
        <source>自动：%1</source>
        <translation>자동: %1</translation>
    </message>
    <message>
        <source>内容校验码（SHA-256）：%1</source>
        <translation>내용 검증 코드(SHA-256): %1</translation>
    </message>
    <message>
        <source>红白事登记</source>
        <translation>홍백사 등록</translation>
    </message>
    <message>
        <source>村规民约标准</source>
        <translation>촌규민약 기준</translation>
    </message>
    <message>
        <source>理事会成员</source>
        <translation>리사회 성원</translation>
    </message>
    <message>
        <source>统计</source>
        <translation>통계</translation>
    </message>
    <message>
        <source>服务中心资金</source>
        <translation>서비스센터 자금</translation>
    </message>
    <message>
        <source>查找：姓名、拼音首字母（如 zsf）、全拼、身份证号后几位、户号  (Ctrl+F)</source>
        <translation>찾기: 성명, 병음 첫 글자(예: zsf), 전체 병음, 신분증번호 끝자리, 호번호  (Ctrl+F)</translation>
    </message>
    <message>
        <source>新增人员 (Ctrl+N)</source>
        <translation>인원 추가 (Ctrl+N)</translation>
    </message>
    <message>
        <source>修改</source>
        <translation>수정</translation>
    </message>
    <message>
        <source>查看本户</source>
        <translation>이 세대 보기</translation>
    </message>
    <message>
        <source>从 Excel 导入…</source>
        <translation>Excel에서 가져오기…</translation>
    </message>
    <message>
        <source>导出到 Excel…</source>
        <translation>Excel로 내보내기…</translation>
    </message>
    <message>
        <source>设定起始日期…</source>
        <translation>시작 날짜 설정…</translation>
    </message>
    <message>
        <source>补填花名册导入时没有开始日期的特殊群体（自导入起）</source>
        <translation>명부를 가져올 때 시작 날짜가 없던 특수 계층 보충(가져온 날부터)</translation>
    </message>
    <message>
        <source>花名册里还没有人</source>
        <translation>명부에 아직 아무도 없습니다</translation>
    </message>
    <message>
        <source>村里已有 Excel 花名册（户籍册）的，点“导入花名册”一次导入全村；也可以点“添加人员”一个一个登记。</source>
        <translation>촌에 Excel 명부(호적부)가 있으면 “명부 가져오기”를 눌러 촌 전체를 한 번에 가져오십시오. “인원 추가”를 눌러 한 사람씩 등록할 수도 있습니다.</translation>
    </message>
    <message>
        <source>导入花名册…</source>
        <translation>명부 가져오기…</translation>
    </message>
    <message>
        <source>添加人员…</source>
        <translation>인원 추가…</translation>
    </message>
    <message>
        <source>全部小组</source>
        <translation>전체 소조</translation>
    </message>
    <message>
        <source>全部状态</source>
        <translation>전체 상태</translation>
    </message>
    <message>
        <source>全部人群</source>
        <translation>전체 대상</translation>
    </message>
    <message>
        <source>没有姓名或名字以“%1”开头的人。要查姓名中间的字，请至少输入两个字。</source>
        <translation>성명이나 이름이 “%1”(으)로 시작하는 사람이 없습니다. 성명 중간의 글자로 찾으려면 두 글자 이상 입력하십시오.</translation>
    </message>
    <message>
        <source>没有找到符合条件的人。可以少输几个字，或把筛选条件改回“全部”。</source>
        <translation>조건에 맞는 사람을 찾지 못했습니다. 입력하는 글자 수를 줄이거나 필터 조건을 “전체”로 되돌려 보십시오.</translation>
    </message>
    <message>
        <source>共 %1 人</source>
        <translation>총 %1명</translation>
    </message>
    <message>
        <source>共 %1 人（各种状态；其中在册 %2 人，即概览页的“在册人数”）</source>
        <translation>총 %1명(모든 상태; 그중 등록 %2명, 개요 화면의 “등록 인원”이 이 수)</translation>
    </message>
    <message>
        <source>共 %1+ 人（正在统计总数……）</source>
        <translation>총 %1명 이상(전체 수를 세는 중……)</translation>
    </message>
    <message>
        <source>本村设置</source>
        <translation>본 촌 설정</translation>
    </message>
    <message>
        <source>村庄信息</source>
        <translation>촌 정보</translation>
    </message>
    <message>
        <source>村民小组与网格</source>
        <translation>촌민소조 및 그리드</translation>
    </message>
    <message>
        <source>数据与备份</source>
        <translation>데이터 및 백업</translation>
    </message>
    <message>
        <source>显示与语言</source>
        <translation>화면과 언어</translation>
    </message>
    <message>
        <source>用户与权限</source>
        <translation>사용자와 권한</translation>
    </message>
    <message>
        <source>关于</source>
        <translation>정보</translation>
    </message>
    <message>
        <source>区划代码在初始化时确定，用于和乡镇同步，不能修改。</source>
        <translation>행정구역코드는 초기화 시 정해지며 향진과의 동기화에 사용되므로 수정할 수 없습니다.</translation>
    </message>
    <message>
        <source> 周岁</source>
        <translation> 세(만)</translation>
    </message>
    <message>
        <source>村名：</source>
        <translation>촌 이름:</translation>
    </message>
    <message>
        <source>所属乡镇：</source>
        <translation>소속 향진:</translation>
    </message>
    <message>
        <source>所属县（区）：</source>
        <translation>소속 현(구):</translation>
    </message>
    <message>
        <source>统计用区划代码：</source>
        <translation>통계용 구역코드:</translation>
    </message>
    <message>
        <source>高龄起始年龄：</source>
        <translation>고령 시작 나이:</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>已保存。</source>
        <translation>저장되었습니다.</translation>
    </message>
    <message>
        <source>组长</source>
        <translation>조장</translation>
    </message>
    <message>
        <source>名称：</source>
        <translation>명칭:</translation>
    </message>
    <message>
        <source>组长：</source>
        <translation>조장:</translation>
    </message>
    <message>
        <source>新增小组</source>
        <translation>소조 추가</translation>
    </message>
    <message>
        <source>修改选中的小组</source>
        <translation>선택한 소조 수정</translation>
    </message>
    <message>
        <source>网格</source>
        <translation>그리드</translation>
    </message>
    <message>
        <source>所属小组</source>
        <translation>소속 소조</translation>
    </message>
    <message>
        <source>网格员</source>
        <translation>그리드관리원</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>전화</translation>
    </message>
    <message>
        <source>所属小组：</source>
        <translation>소속 소조:</translation>
    </message>
    <message>
        <source>网格员：</source>
        <translation>그리드관리원:</translation>
    </message>
    <message>
        <source>电话：</source>
        <translation>전화:</translation>
    </message>
    <message>
        <source>新增网格</source>
        <translation>그리드 추가</translation>
    </message>
    <message>
        <source>修改选中的网格</source>
        <translation>선택한 그리드 수정</translation>
    </message>
    <message>
        <source>请选择</source>
        <translation>선택하십시오</translation>
    </message>
    <message>
        <source>请先在左边列表中选中一个小组。</source>
        <translation>먼저 왼쪽 목록에서 소조 하나를 선택하십시오.</translation>
    </message>
    <message>
        <source>请先在右边列表中选中一个网格。</source>
        <translation>먼저 오른쪽 목록에서 그리드 하나를 선택하십시오.</translation>
    </message>
    <message>
        <source>打开所在文件夹</source>
        <translation>해당 폴더 열기</translation>
    </message>
    <message>
        <source>数据文件：</source>
        <translation>데이터 파일:</translation>
    </message>
    <message>
        <source>程序升级后第一次打开数据文件前会自动备份。请定期把数据文件或备份文件夹复制到 U 盘保存。</source>
        <translation>프로그램을 업그레이드한 뒤 데이터 파일을 처음 열기 전에 자동으로 백업합니다. 데이터 파일이나 백업 폴더를 정기적으로 USB 메모리에 복사해 두십시오.</translation>
    </message>
    <message>
        <source>延边等朝鲜族聚居村可选朝鲜语界面</source>
        <translation>연변 등 조선족 집거촌은 조선어 화면을 선택할 수 있습니다</translation>
    </message>
    <message>
        <source>字太小看不清时，选“大”或“特大”</source>
        <translation>글자가 작아 잘 안 보이면 “크게” 또는 “아주 크게”를 선택하십시오</translation>
    </message>
    <message>
        <source>界面语言：</source>
        <translation>화면 언어:</translation>
    </message>
    <message>
        <source>字体大小：</source>
        <translation>글자 크기:</translation>
    </message>
    <message>
        <source>应用</source>
        <translation>적용</translation>
    </message>
    <message>
        <source>&lt;h3&gt;村务通 %1&lt;/h3&gt;&lt;p&gt;离线使用的村务管理程序：花名册、托老托幼、红白理事会、资金与财务公开、公告打印、与乡镇同步。&lt;/p&gt;</source>
        <translation>&lt;h3&gt;촌무통 %1&lt;/h3&gt;&lt;p&gt;오프라인으로 사용하는 촌무 관리 프로그램: 명부, 노인·아동 돌봄, 홍백리사회, 자금 및 재무공개, 공고 인쇄, 향진과의 동기화.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>字体：%1（随程序附带，许可证见下）</source>
        <translation>글꼴: %1(프로그램에 포함, 라이선스는 아래 참조)</translation>
    </message>
    <message>
        <source>（未找到许可证文件：%1）</source>
        <translation>(라이선스 파일을 찾을 수 없음: %1)</translation>
    </message>
    <message>
        <source>（不属于某个小组）</source>
        <translation>(소조에 속하지 않음)</translation>
    </message>
    <message>
        <source>&lt;h2&gt;同步与上报&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;동기화 및 상부 보고&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>数据交换</source>
        <translation>데이터 교환</translation>
    </message>
    <message>
        <source>月度上报</source>
        <translation>월별 보고</translation>
    </message>
    <message>
        <source>乡镇汇总</source>
        <translation>향진 집계</translation>
    </message>
    <message>
        <source>下发参考数据</source>
        <translation>참고 데이터 내려보내기</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>登记补贴拨付：%1 %2</source>
        <translation>보조금 지급 등록: %1 %2</translation>
    </message>
    <message>
        <source>默认：乡镇民政办</source>
        <translation>기본값: 향진 민정사무소</translation>
    </message>
    <message>
        <source>拨付金额（元）</source>
        <translation>지급 금액(원)</translation>
    </message>
    <message>
        <source>拨付日期</source>
        <translation>지급 날짜</translation>
    </message>
    <message>
        <source>拨付单位</source>
        <translation>지급 기관</translation>
    </message>
    <message>
        <source>拨付金额</source>
        <translation>지급 금액</translation>
    </message>
</context>
<context>
    <name>PdfDialog</name>
    <message>
        <source>关闭</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>打印…</source>
        <translation>인쇄…</translation>
    </message>
    <message>
        <source>保存为 PDF…</source>
        <translation>PDF로 저장…</translation>
    </message>
    <message>
        <source>保存为 PDF</source>
        <translation>PDF로 저장</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>上一页</source>
        <translation>이전 페이지</translation>
    </message>
    <message>
        <source>下一页</source>
        <translation>다음 페이지</translation>
    </message>
    <message>
        <source>缩小</source>
        <translation>축소</translation>
    </message>
    <message>
        <source>放大</source>
        <translation>확대</translation>
    </message>
    <message>
        <source>适合宽度</source>
        <translation>너비에 맞춤</translation>
    </message>
    <message>
        <source>整页</source>
        <translation>전체 페이지</translation>
    </message>
    <message>
        <source>选择公告种类并填好选项后，点“预览”。</source>
        <translation>공고 종류를 선택하고 옵션을 입력한 후 “미리보기”를 누르십시오.</translation>
    </message>
    <message>
        <source>第 %1 / %2 页</source>
        <translation>%1 / %2 페이지</translation>
    </message>
</context>
<context>
    <name>PeriodEdit</name>
    <message>
        <source>月</source>
        <translation>월</translation>
    </message>
    <message>
        <source>季度</source>
        <translation>분기</translation>
    </message>
    <message>
        <source>全年</source>
        <translation>연간</translation>
    </message>
    <message>
        <source>（不填）</source>
        <translation>(입력 안 함)</translation>
    </message>
    <message>
        <source> 年</source>
        <translation> 년</translation>
    </message>
    <message>
        <source>%1 月</source>
        <translation>%1월</translation>
    </message>
    <message>
        <source>第 %1 季度</source>
        <translation>제%1분기</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>查看人员信息</source>
        <translation>인원 정보 보기</translation>
    </message>
    <message>
        <source>修改人员信息</source>
        <translation>인원 정보 수정</translation>
    </message>
    <message>
        <source>新增人员</source>
        <translation>인원 추가</translation>
    </message>
    <message>
        <source>18 位；旧的 15 位号码会自动升位</source>
        <translation>18자리; 예전 15자리 번호는 자동으로 18자리로 변환됩니다</translation>
    </message>
    <message>
        <source>（未填）</source>
        <translation>(미입력)</translation>
    </message>
    <message>
        <source>男</source>
        <translation>남</translation>
    </message>
    <message>
        <source>女</source>
        <translation>여</translation>
    </message>
    <message>
        <source>年-月-日，如 1968-03-05</source>
        <translation>년-월-일, 예: 1968-03-05</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>성명</translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation>신분증번호</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>성별</translation>
    </message>
    <message>
        <source>出生日期</source>
        <translation>생년월일</translation>
    </message>
    <message>
        <source>民族</source>
        <translation>민족</translation>
    </message>
    <message>
        <source>与户主关系</source>
        <translation>세대주와의 관계</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>연락처</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>비고</translation>
    </message>
    <message>
        <source>变动记录</source>
        <translation>변동 기록</translation>
    </message>
    <message>
        <source>办理迁出、死亡、外出务工…</source>
        <translation>전출, 사망, 외지 취업 처리…</translation>
    </message>
    <message>
        <source>（保存后才有变动记录）</source>
        <translation>(저장한 후에 변동 기록이 생깁니다)</translation>
    </message>
    <message>
        <source> → 户 %1</source>
        <translation> → 호 %1</translation>
    </message>
    <message>
        <source>（无变动）</source>
        <translation>(변동 없음)</translation>
    </message>
    <message>
        <source>所在户</source>
        <translation>소속 세대</translation>
    </message>
    <message>
        <source>换户请在户的页面用“迁到其他户”。</source>
        <translation>세대를 변경하려면 세대 페이지에서 “다른 세대로 이전”을 사용하십시오.</translation>
    </message>
    <message>
        <source>已有的户号，或新户号（保存时建立新户）</source>
        <translation>기존 호번호 또는 새 호번호(저장 시 새 세대 생성)</translation>
    </message>
    <message>
        <source>户号：</source>
        <translation>호번호:</translation>
    </message>
    <message>
        <source>村民小组：</source>
        <translation>촌민소조:</translation>
    </message>
    <message>
        <source>住址：</source>
        <translation>주소:</translation>
    </message>
    <message>
        <source>请填写户号。</source>
        <translation>호번호를 입력하십시오.</translation>
    </message>
    <message>
        <source>号码有效：%1 出生，%2。</source>
        <translation>유효한 번호: %1 출생, %2.</translation>
    </message>
    <message>
        <source>旧的 15 位号码已升为 18 位：</source>
        <translation>기존 15자리 번호를 18자리로 변환했습니다:</translation>
    </message>
    <message>
        <source>加入已有的户</source>
        <translation>기존 세대에 추가</translation>
    </message>
    <message>
        <source>保存时将建立新户</source>
        <translation>저장 시 새 세대가 생성됩니다</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <source>%1　%2 户号%3　%4</source>
        <translation>%1　%2 세대 번호 %3　%4</translation>
    </message>
</context>
<context>
    <name>PlaceDialog</name>
    <message>
        <source>修改场所</source>
        <translation>시설 수정</translation>
    </message>
    <message>
        <source>添加场所</source>
        <translation>장소 추가</translation>
    </message>
    <message>
        <source>未定</source>
        <translation>미정</translation>
    </message>
    <message>
        <source>周%1</source>
        <translation>%1요일</translation>
    </message>
    <message>
        <source> 岁</source>
        <translation> 세</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>명칭</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>核定名额</source>
        <translation>확정 정원</translation>
    </message>
    <message>
        <source>每周开放</source>
        <translation>매주 개방</translation>
    </message>
    <message>
        <source>服务项目</source>
        <translation>서비스 항목</translation>
    </message>
    <message>
        <source>每餐补贴（元）</source>
        <translation>끼니당 보조금(원)</translation>
    </message>
    <message>
        <source>每人每月补贴（元）</source>
        <translation>1인당 월 보조금(원)</translation>
    </message>
    <message>
        <source>新补贴标准起施行</source>
        <translation>새 보조금 기준 시행일</translation>
    </message>
    <message>
        <source>至</source>
        <translation>~</translation>
    </message>
    <message>
        <source>儿童年龄范围</source>
        <translation>아동 연령 범위</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>负责人</source>
        <translation>책임자</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>연락처</translation>
    </message>
</context>
<context>
    <name>PlaceMonthBar</name>
    <message>
        <source>yyyy年MM月</source>
        <translation>yyyy년 MM월</translation>
    </message>
    <message>
        <source>场所</source>
        <translation>시설</translation>
    </message>
    <message>
        <source>月份</source>
        <translation>월</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1(%2)</translation>
    </message>
</context>
<context>
    <name>PlacePage</name>
    <message>
        <source>村（乡镇）信息</source>
        <translation>촌(향진) 정보</translation>
    </message>
    <message>
        <source>12 位统计用区划代码</source>
        <translation>12자리 통계용 행정구역코드</translation>
    </message>
    <message>
        <source>例：一组 二组 三组（用空格或逗号分开，以后可在“本村设置”修改）</source>
        <translation>예: 1조 2조 3조(띄어쓰기나 쉼표로 구분, 나중에 “본 촌 설정”에서 수정 가능)</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>명칭</translation>
    </message>
    <message>
        <source>区划代码</source>
        <translation>행정구역코드</translation>
    </message>
    <message>
        <source>所属乡镇</source>
        <translation>소속 향진</translation>
    </message>
    <message>
        <source>所属县（区）</source>
        <translation>소속 현(구)</translation>
    </message>
    <message>
        <source>村民小组</source>
        <translation>촌민소조</translation>
    </message>
    <message>
        <source>区划代码应为 12 位数字。</source>
        <translation>행정구역코드는 12자리 숫자여야 합니다.</translation>
    </message>
</context>
<context>
    <name>PlacesTab</name>
    <message>
        <source>添加场所…</source>
        <translation>장소 추가…</translation>
    </message>
    <message>
        <source>修改所选场所…</source>
        <translation>선택한 시설 수정…</translation>
    </message>
    <message>
        <source> 岁</source>
        <translation> 세</translation>
    </message>
    <message>
        <source>停用所选场所…</source>
        <translation>선택한 시설 사용 중지…</translation>
    </message>
    <message>
        <source>养老场所最低年龄</source>
        <translation>양로 시설 최저 연령</translation>
    </message>
    <message>
        <source>所选场所的临时闭馆/开放日</source>
        <translation>선택한 시설의 임시 휴관/개방일</translation>
    </message>
    <message>
        <source>添加…</source>
        <translation>추가…</translation>
    </message>
    <message>
        <source>删除所选</source>
        <translation>선택 항목 삭제</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>명칭</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>核定名额</source>
        <translation>확정 정원</translation>
    </message>
    <message>
        <source>今日在托</source>
        <translation>오늘 돌봄 인원</translation>
    </message>
    <message>
        <source>开放日</source>
        <translation>개방일</translation>
    </message>
    <message>
        <source>服务项目</source>
        <translation>서비스 항목</translation>
    </message>
    <message>
        <source>每餐补贴（元）</source>
        <translation>끼니당 보조금(원)</translation>
    </message>
    <message>
        <source>每人每月补贴（元）</source>
        <translation>1인당 월 보조금(원)</translation>
    </message>
    <message>
        <source>年龄范围</source>
        <translation>연령 범위</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>这一天</source>
        <translation>이날</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>开放</source>
        <translation>개방</translation>
    </message>
    <message>
        <source>闭馆</source>
        <translation>휴관</translation>
    </message>
    <message>
        <source>临时闭馆/开放</source>
        <translation>임시 휴관/개방</translation>
    </message>
    <message>
        <source>请先选中一个场所。</source>
        <translation>먼저 장소 하나를 선택하십시오.</translation>
    </message>
    <message>
        <source>修改场所</source>
        <translation>시설 수정</translation>
    </message>
    <message>
        <source>停用场所</source>
        <translation>시설 사용 중지</translation>
    </message>
    <message>
        <source>从今天（%1）起停用“%2”吗？以前各月的记录和报表保持不变。</source>
        <translation>오늘(%1)부터 “%2”의 사용을 중지하시겠습니까? 이전 달의 기록과 보고서는 그대로 유지됩니다.</translation>
    </message>
</context>
<context>
    <name>PowerDialog</name>
    <message>
        <source>修改小微权力</source>
        <translation>소미권력 수정</translation>
    </message>
    <message>
        <source>新增小微权力</source>
        <translation>소미권력 추가</translation>
    </message>
    <message>
        <source>每行一个步骤，如：申请、审查、公示、决定、公开</source>
        <translation>한 줄에 한 단계, 예: 신청, 심사, 공시, 결정, 공개</translation>
    </message>
    <message>
        <source>权力事项</source>
        <translation>권력 사항</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>분류</translation>
    </message>
    <message>
        <source>责任主体</source>
        <translation>책임 주체</translation>
    </message>
    <message>
        <source>办理流程</source>
        <translation>처리 절차</translation>
    </message>
    <message>
        <source>办理时限</source>
        <translation>처리 기한</translation>
    </message>
    <message>
        <source>公开内容</source>
        <translation>공개 내용</translation>
    </message>
    <message>
        <source>监督主体</source>
        <translation>감독 주체</translation>
    </message>
</context>
<context>
    <name>PowerUseDialog</name>
    <message>
        <source>登记行使：{name}</source>
        <translation>행사 등록: {name}</translation>
    </message>
    <message>
        <source>办理事项</source>
        <translation>처리 사항</translation>
    </message>
    <message>
        <source>办理日期</source>
        <translation>처리 날짜</translation>
    </message>
    <message>
        <source>经办人</source>
        <translation>담당자</translation>
    </message>
    <message>
        <source>监督人</source>
        <translation>감독자</translation>
    </message>
    <message>
        <source>监督情况</source>
        <translation>감독 상황</translation>
    </message>
</context>
<context>
    <name>PowersTab</name>
    <message>
        <source>载入示范清单</source>
        <translation>예시 목록 불러오기</translation>
    </message>
    <message>
        <source>新增</source>
        <translation>추가</translation>
    </message>
    <message>
        <source>修改</source>
        <translation>수정</translation>
    </message>
    <message>
        <source>登记行使</source>
        <translation>행사 등록</translation>
    </message>
    <message>
        <source>打印清单 PDF</source>
        <translation>목록 PDF 인쇄</translation>
    </message>
    <message>
        <source>本村还没有小微权力清单。点“载入示范清单”从江苏、宁海等地通行的清单开始（村级工程项目、资金支出审批、低保评议……），再按本村情况修改。</source>
        <translation>이 마을에는 아직 소미권력 목록이 없습니다. '예시 목록 불러오기'를 눌러 장쑤, 닝하이 등에서 널리 쓰는 목록(마을 공사 사업, 자금 지출 승인, 최저생활보장 평의……)으로 시작한 뒤 마을 사정에 맞게 수정하십시오.</translation>
    </message>
    <message>
        <source>序号</source>
        <translation>번호</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>분류</translation>
    </message>
    <message>
        <source>权力事项</source>
        <translation>권력 사항</translation>
    </message>
    <message>
        <source>责任主体</source>
        <translation>책임 주체</translation>
    </message>
    <message>
        <source>办理流程</source>
        <translation>처리 절차</translation>
    </message>
    <message>
        <source>监督主体</source>
        <translation>감독 주체</translation>
    </message>
    <message>
        <source>行使次数</source>
        <translation>행사 횟수</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>事项</source>
        <translation>사항</translation>
    </message>
    <message>
        <source>金额</source>
        <translation>금액</translation>
    </message>
    <message>
        <source>状态/经办</source>
        <translation>상태/담당</translation>
    </message>
    <message>
        <source>监督情况</source>
        <translation>감독 상황</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt;　责任主体：{holder}　监督主体：{supervisor}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;　책임 주체: {holder}　감독 주체: {supervisor}</translation>
    </message>
    <message>
        <source>流程：{flow}</source>
        <translation>절차: {flow}</translation>
    </message>
    <message>
        <source>时限：{t}</source>
        <translation>기한: {t}</translation>
    </message>
    <message>
        <source>公开内容：{d}</source>
        <translation>공개 내용: {d}</translation>
    </message>
    <message>
        <source>尚无公开或监督环节</source>
        <translation>아직 공개·감독 단계 없음</translation>
    </message>
    <message>
        <source>{who}（{day}）审核签字</source>
        <translation>{who}({day}) 심사 서명</translation>
    </message>
    <message>
        <source>所在月份未经监委会审核签字</source>
        <translation>해당 월 감독위원회 심사 서명 없음</translation>
    </message>
    <message>
        <source>（未登记监督人）</source>
        <translation>(감독자 미등록)</translation>
    </message>
    <message>
        <source>保存小微权力清单</source>
        <translation>소미권력 목록 저장</translation>
    </message>
    <message>
        <source>小微权力清单.pdf</source>
        <translation>소미권력목록.pdf</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <source>打印…</source>
        <translation>인쇄…</translation>
    </message>
    <message>
        <source>另存为 PDF…</source>
        <translation>PDF로 다른 이름으로 저장…</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>保存 PDF</source>
        <translation>PDF 저장</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF 파일 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>QueryDialog</name>
    <message>
        <source>村民质询：凭证 {voucher}</source>
        <translation>촌민 질의: 전표 {voucher}</translation>
    </message>
    <message>
        <source>{day} {who}：{question}
　答复：{answer}</source>
        <translation>{day} {who}: {question}
　답변: {answer}</translation>
    </message>
    <message>
        <source>（未答复）</source>
        <translation>(미답변)</translation>
    </message>
    <message>
        <source>（暂无质询）</source>
        <translation>(질의 없음)</translation>
    </message>
    <message>
        <source>答复内容</source>
        <translation>답변 내용</translation>
    </message>
    <message>
        <source>答复人</source>
        <translation>답변자</translation>
    </message>
    <message>
        <source>答复日期</source>
        <translation>답변 날짜</translation>
    </message>
    <message>
        <source>提问人</source>
        <translation>질문자</translation>
    </message>
    <message>
        <source>质询内容</source>
        <translation>질의 내용</translation>
    </message>
    <message>
        <source>提问日期</source>
        <translation>질문 날짜</translation>
    </message>
</context>
<context>
    <name>RateDialog</name>
    <message>
        <source>新的补贴标准：%1</source>
        <translation>새 보조금 기준: %1</translation>
    </message>
    <message>
        <source>起施行日期</source>
        <translation>시행 날짜</translation>
    </message>
    <message>
        <source>%1（元）</source>
        <translation>%1(원)</translation>
    </message>
    <message>
        <source>补贴</source>
        <translation>보조금</translation>
    </message>
    <message>
        <source>自付</source>
        <translation>본인 부담</translation>
    </message>
    <message>
        <source>%1（元/人次）</source>
        <translation>%1(원/인차)</translation>
    </message>
</context>
<context>
    <name>RatesTab</name>
    <message>
        <source>设定新标准…</source>
        <translation>새 기준 설정…</translation>
    </message>
    <message>
        <source>新标准从起施行日期起计算；以前各月仍按当时的标准，已拨付的月份不能再改。</source>
        <translation>새 기준은 시행 날짜부터 계산합니다. 이전 달은 당시 기준을 그대로 쓰며, 이미 지급된 달은 다시 바꿀 수 없습니다.</translation>
    </message>
    <message>
        <source>起施行日期</source>
        <translation>시행 날짜</translation>
    </message>
    <message>
        <source>%1（元）</source>
        <translation>%1(원)</translation>
    </message>
    <message>
        <source>服务项目补贴（元/人次）</source>
        <translation>서비스 항목 보조금(원/인차)</translation>
    </message>
    <message>
        <source>服务项目自付（元/人次）</source>
        <translation>서비스 항목 본인 부담(원/인차)</translation>
    </message>
    <message>
        <source>建立时</source>
        <translation>설립 시</translation>
    </message>
</context>
<context>
    <name>RedWhite</name>
    <message>
        <source>逾期申报</source>
        <translation>기한 경과 신고</translation>
    </message>
    <message>
        <source>（逾期）</source>
        <translation>(기한 경과)</translation>
    </message>
    <message>
        <source>未决定</source>
        <translation>미결정</translation>
    </message>
    <message>
        <source>已签</source>
        <translation>서명함</translation>
    </message>
    <message>
        <source>未签</source>
        <translation>미서명</translation>
    </message>
    <message>
        <source>已取消</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>未填</source>
        <translation>미기입</translation>
    </message>
    <message>
        <source>输入姓名、拼音首字母或户号查找</source>
        <translation>성명, 병음 첫 글자 또는 호번호를 입력하여 찾기</translation>
    </message>
</context>
<context>
    <name>RedWhiteVerdict</name>
    <message>
        <source>本村村规民约规定不办%1</source>
        <translation>본 촌 촌규민약은 %1을(를) 치르지 않도록 규정합니다</translation>
    </message>
    <message>
        <source>%1 %2，超过标准 %3，超出 %4</source>
        <translation>%1 %2, 기준 %3 초과(%4 초과)</translation>
    </message>
    <message>
        <source>申报日期 %1，晚于规定（应在 %2 前申报）</source>
        <translation>신고일 %1, 규정보다 늦음(%2까지 신고해야 함)</translation>
    </message>
    <message>
        <source>无适用标准</source>
        <translation>적용 기준 없음</translation>
    </message>
    <message>
        <source>待登记实际</source>
        <translation>실제 등록 대기</translation>
    </message>
    <message>
        <source>符合标准</source>
        <translation>기준 부합</translation>
    </message>
    <message>
        <source>申报超标 %1 项</source>
        <translation>신고 기준 초과 %1항</translation>
    </message>
    <message>
        <source>超标 %1 项</source>
        <translation>기준 초과 %1항</translation>
    </message>
</context>
<context>
    <name>ReferenceTab</name>
    <message>
        <source>这里标记的数据表或记录，会在下次给各村导出数据包时一起下发，各村只能查看不能修改。</source>
        <translation>여기서 표시한 데이터 표나 기록은 다음에 각 촌에 데이터 패키지를 내보낼 때 함께 내려가며, 각 촌은 보기만 하고 수정할 수 없습니다.</translation>
    </message>
    <message>
        <source>已标记下发的数据</source>
        <translation>내려보내도록 표시한 데이터</translation>
    </message>
    <message>
        <source>数据表</source>
        <translation>데이터 표</translation>
    </message>
    <message>
        <source>范围</source>
        <translation>범위</translation>
    </message>
    <message>
        <source>标记时间</source>
        <translation>표시 시각</translation>
    </message>
    <message>
        <source>取消所选标记</source>
        <translation>선택한 표시 취소</translation>
    </message>
    <message>
        <source>以后导出的数据包不再下发它（各村已收到的不会被删除）</source>
        <translation>이후 내보내는 데이터 패키지로 더 이상 내려보내지 않습니다(각 촌이 이미 받은 것은 삭제되지 않음)</translation>
    </message>
    <message>
        <source>标记新的下发数据</source>
        <translation>새로 내려보낼 데이터 표시</translation>
    </message>
    <message>
        <source>标记下发</source>
        <translation>내려보내기로 표시</translation>
    </message>
    <message>
        <source>选“整张表”时，本乡镇在这张表里的全部记录都会下发</source>
        <translation>“표 전체”를 선택하면 이 표에 있는 본 향진의 모든 기록이 내려갑니다</translation>
    </message>
    <message>
        <source>整张表（本乡镇的全部记录）</source>
        <translation>표 전체(본 향진의 모든 기록)</translation>
    </message>
    <message>
        <source>记录：%1</source>
        <translation>기록: %1</translation>
    </message>
    <message>
        <source>总是下发：%1</source>
        <translation>항상 내려보냄: %1</translation>
    </message>
    <message>
        <source>取消标记</source>
        <translation>표시 취소</translation>
    </message>
    <message>
        <source>请先在上面的列表里选中一条标记。</source>
        <translation>먼저 위 목록에서 표시 하나를 선택하십시오.</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <source>%1（%2）</source>
        <translation>%1(%2)</translation>
    </message>
    <message>
        <source>出勤
天数</source>
        <translation>출석
일수</translation>
    </message>
    <message>
        <source>用餐
餐次</source>
        <translation>식사
끼니 수</translation>
    </message>
    <message>
        <source>临时来访（人次）</source>
        <translation>임시 방문(인차)</translation>
    </message>
    <message>
        <source>来访用餐（餐次）</source>
        <translation>방문 식사(끼니 수)</translation>
    </message>
    <message>
        <source>在托出勤（人次）</source>
        <translation>돌봄 출석(인차)</translation>
    </message>
    <message>
        <source>在托用餐（餐次）</source>
        <translation>돌봄 식사(끼)</translation>
    </message>
    <message>
        <source>%1 至 %2</source>
        <translation>%1 ~ %2</translation>
    </message>
    <message>
        <source>今</source>
        <translation>오늘</translation>
    </message>
    <message>
        <source>未入托</source>
        <translation>돌봄 미등록</translation>
    </message>
    <message>
        <source>%1 %2 %3岁</source>
        <translation>%1 %2 %3세</translation>
    </message>
    <message>
        <source>不在入托期内</source>
        <translation>입소 기간이 아님</translation>
    </message>
    <message>
        <source>出勤，%1 餐</source>
        <translation>출석, %1끼</translation>
    </message>
    <message>
        <source>出勤</source>
        <translation>출석</translation>
    </message>
    <message>
        <source>请填写整数。</source>
        <translation>정수를 입력하십시오.</translation>
    </message>
    <message>
        <source>所选日期不在入托期内，不能记出勤。</source>
        <translation>선택한 날짜가 입소 기간이 아니므로 출석을 기록할 수 없습니다.</translation>
    </message>
    <message>
        <source>这一天在托人员都已记出勤。</source>
        <translation>이날 돌봄 이용자의 출석이 모두 기록되었습니다.</translation>
    </message>
</context>
<context>
    <name>RegisterTab</name>
    <message>
        <source>正在导入签到表…</source>
        <translation>출석부를 가져오는 중…</translation>
    </message>
    <message>
        <source>当天全部到齐（Ctrl+D）</source>
        <translation>당일 전원 출석(Ctrl+D)</translation>
    </message>
    <message>
        <source>导入签到表…</source>
        <translation>출석부 가져오기…</translation>
    </message>
    <message>
        <source>临时闭馆/开放…</source>
        <translation>임시 휴관/개방…</translation>
    </message>
    <message>
        <source>当天全部到齐</source>
        <translation>당일 전원 출석</translation>
    </message>
    <message>
        <source>请先选中要登记的那一天。</source>
        <translation>먼저 등록할 날짜를 선택하십시오.</translation>
    </message>
    <message>
        <source>请先在“场所设置”里添加场所。</source>
        <translation>먼저 “장소 설정”에서 장소를 추가하십시오.</translation>
    </message>
    <message>
        <source>空格=出勤　数字=餐次　Delete=清除</source>
        <translation>Space=출석　숫자=끼니 수　Delete=지우기</translation>
    </message>
    <message>
        <source>选择签到表</source>
        <translation>출석부 선택</translation>
    </message>
    <message>
        <source>签到表 (*.xlsx *.xls *.csv)</source>
        <translation>출석부 (*.xlsx *.xls *.csv)</translation>
    </message>
    <message>
        <source>导入签到表</source>
        <translation>출석부 가져오기</translation>
    </message>
    <message>
        <source>%1 %2：导入 %3 人次，用餐 %4 餐次。</source>
        <translation>%1 %2: %3인차 가져오기, 식사 %4끼.</translation>
    </message>
    <message>
        <source>第 %1 行 %2 %3 %4：%5</source>
        <translation>%1행 %2 %3 %4: %5</translation>
    </message>
    <message>
        <source>有 %1 处未导入（已写入 %2）：</source>
        <translation>%1건을 가져오지 못했습니다(%2건 기록됨):</translation>
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message>
        <source>空格：出勤/取消　数字 0–3：用餐餐次　字母：服务　Delete：清除　Ctrl+D：当天全部到齐</source>
        <translation>Space: 출석/취소　숫자 0–3: 식사 끼니 수　문자: 서비스　Delete: 지우기　Ctrl+D: 당일 전원 출석</translation>
    </message>
    <message>
        <source>每天最多 3 餐。</source>
        <translation>하루 최대 3끼입니다.</translation>
    </message>
</context>
<context>
    <name>Relation</name>
    <message>
        <source>户主</source>
        <translation>세대주</translation>
    </message>
    <message>
        <source>配偶</source>
        <translation>배우자</translation>
    </message>
    <message>
        <source>子</source>
        <translation>아들</translation>
    </message>
    <message>
        <source>女</source>
        <translation>딸</translation>
    </message>
    <message>
        <source>儿媳</source>
        <translation>며느리</translation>
    </message>
    <message>
        <source>女婿</source>
        <translation>사위</translation>
    </message>
    <message>
        <source>孙子</source>
        <translation>손자</translation>
    </message>
    <message>
        <source>孙女</source>
        <translation>손녀</translation>
    </message>
    <message>
        <source>外孙子</source>
        <translation>외손자</translation>
    </message>
    <message>
        <source>外孙女</source>
        <translation>외손녀</translation>
    </message>
    <message>
        <source>父亲</source>
        <translation>아버지</translation>
    </message>
    <message>
        <source>母亲</source>
        <translation>어머니</translation>
    </message>
    <message>
        <source>公公</source>
        <translation>시아버지</translation>
    </message>
    <message>
        <source>婆婆</source>
        <translation>시어머니</translation>
    </message>
    <message>
        <source>岳父</source>
        <translation>장인</translation>
    </message>
    <message>
        <source>岳母</source>
        <translation>장모</translation>
    </message>
    <message>
        <source>祖父</source>
        <translation>할아버지</translation>
    </message>
    <message>
        <source>祖母</source>
        <translation>할머니</translation>
    </message>
    <message>
        <source>外祖父</source>
        <translation>외할아버지</translation>
    </message>
    <message>
        <source>外祖母</source>
        <translation>외할머니</translation>
    </message>
    <message>
        <source>兄弟</source>
        <translation>형제</translation>
    </message>
    <message>
        <source>姐妹</source>
        <translation>자매</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>기타</translation>
    </message>
</context>
<context>
    <name>ReportTab</name>
    <message>
        <source>月报</source>
        <translation>월보</translation>
    </message>
    <message>
        <source>年报</source>
        <translation>연보</translation>
    </message>
    <message>
        <source>导出 Excel…</source>
        <translation>Excel 내보내기…</translation>
    </message>
    <message>
        <source>打印月报表…</source>
        <translation>월보고서 인쇄…</translation>
    </message>
    <message>
        <source>打印出勤明细…</source>
        <translation>출석 명세 인쇄…</translation>
    </message>
    <message>
        <source>登记补贴拨付…</source>
        <translation>보조금 지급 등록…</translation>
    </message>
    <message>
        <source>登记补贴拨付</source>
        <translation>보조금 지급 등록</translation>
    </message>
    <message>
        <source>%1年</source>
        <translation>%1년</translation>
    </message>
    <message>
        <source>导出 Excel</source>
        <translation>Excel 내보내기</translation>
    </message>
    <message>
        <source>Excel 表格 (*.xlsx)</source>
        <translation>Excel 표 (*.xlsx)</translation>
    </message>
    <message>
        <source>已导出：</source>
        <translation>내보냄:</translation>
    </message>
    <message>
        <source>出勤明细</source>
        <translation>출석 명세</translation>
    </message>
    <message>
        <source>月报表</source>
        <translation>월별 보고표</translation>
    </message>
    <message>
        <source>%1%2出勤明细.pdf</source>
        <translation>%1%2출석명세.pdf</translation>
    </message>
    <message>
        <source>%1%2月报表.pdf</source>
        <translation>%1%2월보고서.pdf</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <source>开放天数</source>
        <translation>개방 일수</translation>
    </message>
    <message>
        <source>在托人数</source>
        <translation>돌봄 인원</translation>
    </message>
    <message>
        <source>服务人数</source>
        <translation>서비스 인원수</translation>
    </message>
    <message>
        <source>在托出勤（人次）</source>
        <translation>돌봄 출석(인차)</translation>
    </message>
    <message>
        <source>临时来访（人次）</source>
        <translation>임시 방문(인차)</translation>
    </message>
    <message>
        <source>在托用餐（餐次）</source>
        <translation>돌봄 식사(끼)</translation>
    </message>
    <message>
        <source>临时来访用餐（餐次）</source>
        <translation>임시 방문 식사(끼)</translation>
    </message>
    <message>
        <source>来访：%1（人次）</source>
        <translation>방문: %1(인차)</translation>
    </message>
    <message>
        <source>助餐补贴（元）</source>
        <translation>식사 지원 보조금(원)</translation>
    </message>
    <message>
        <source>运营补贴（元）</source>
        <translation>운영 보조금(원)</translation>
    </message>
    <message>
        <source>来访助餐补贴（元）</source>
        <translation>방문자 식사 보조금(원)</translation>
    </message>
    <message>
        <source>%1补贴（元）</source>
        <translation>%1 보조금(원)</translation>
    </message>
    <message>
        <source>应拨补贴合计（元）</source>
        <translation>지급 예정 보조금 합계(원)</translation>
    </message>
    <message>
        <source>已拨补贴（元）</source>
        <translation>지급된 보조금(원)</translation>
    </message>
    <message>
        <source>未拨补贴（元）</source>
        <translation>미지급 보조금(원)</translation>
    </message>
    <message>
        <source>个人自付（元）</source>
        <translation>본인 부담(원)</translation>
    </message>
    <message>
        <source>%1 人，%2 小时</source>
        <translation>%1명, %2시간</translation>
    </message>
    <message>
        <source>补贴标准</source>
        <translation>보조금 기준</translation>
    </message>
    <message>
        <source>本期内调整过，按每天施行的标准计算</source>
        <translation>이 기간 중 조정됨, 매일 시행된 기준으로 계산</translation>
    </message>
    <message>
        <source>请核对</source>
        <translation>확인 필요</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>数值</source>
        <translation>수치</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>성명</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>성별</translation>
    </message>
    <message>
        <source>年龄</source>
        <translation>나이</translation>
    </message>
    <message>
        <source>出勤天数</source>
        <translation>출석 일수</translation>
    </message>
    <message>
        <source>用餐</source>
        <translation>식사</translation>
    </message>
    <message>
        <source>出勤人次</source>
        <translation>출석 인차</translation>
    </message>
    <message>
        <source>用餐餐次</source>
        <translation>식사 끼니 수</translation>
    </message>
    <message>
        <source>临时来访</source>
        <translation>임시 방문</translation>
    </message>
    <message>
        <source>每日出勤与用餐</source>
        <translation>일일 출석 및 식사</translation>
    </message>
    <message>
        <source>月份</source>
        <translation>월</translation>
    </message>
    <message>
        <source>应拨补贴（元）</source>
        <translation>지급 예정 보조금(원)</translation>
    </message>
    <message>
        <source>各月出勤与用餐</source>
        <translation>월별 출석 및 식사</translation>
    </message>
    <message>
        <source>服务项目与重点人群</source>
        <translation>서비스 항목 및 중점 대상</translation>
    </message>
    <message>
        <source>次数/人数</source>
        <translation>횟수/인원수</translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <source>月份</source>
        <translation>월</translation>
    </message>
    <message>
        <source>生成本月草稿</source>
        <translation>이번 달 초안 생성</translation>
    </message>
    <message>
        <source>上报乡镇</source>
        <translation>향진에 보고</translation>
    </message>
    <message>
        <source>接收</source>
        <translation>접수</translation>
    </message>
    <message>
        <source>退回…</source>
        <translation>반려…</translation>
    </message>
    <message>
        <source>各村上报的月报。选中一份，接收或退回（退回须写明原因），意见随下一次数据包发回村里。</source>
        <translation>각 촌에서 보고한 월보입니다. 하나를 선택하여 접수하거나 반려(반려 시 사유를 반드시 기재)하면, 의견은 다음 데이터 패키지와 함께 촌으로 돌아갑니다.</translation>
    </message>
    <message>
        <source>上报后，月报随下一次导出的数据包送到乡镇；乡镇的接收或退回意见随乡镇的数据包发回。</source>
        <translation>보고하면 월보는 다음에 내보내는 데이터 패키지와 함께 향진에 전달되며, 향진의 접수 또는 반려 의견은 향진의 데이터 패키지와 함께 돌아옵니다.</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>단위</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>上报时间</source>
        <translation>보고 시간</translation>
    </message>
    <message>
        <source>审核意见</source>
        <translation>심사 의견</translation>
    </message>
    <message>
        <source>草稿</source>
        <translation>초안</translation>
    </message>
    <message>
        <source>已上报</source>
        <translation>보고됨</translation>
    </message>
    <message>
        <source>已接收</source>
        <translation>접수됨</translation>
    </message>
    <message>
        <source>已退回</source>
        <translation>반려됨</translation>
    </message>
    <message>
        <source>%1 月报：%2</source>
        <translation>%1 월보: %2</translation>
    </message>
    <message>
        <source>审核</source>
        <translation>심사</translation>
    </message>
    <message>
        <source>请先选中一份月报。</source>
        <translation>먼저 월보 하나를 선택하십시오.</translation>
    </message>
    <message>
        <source>退回月报</source>
        <translation>월보 반려</translation>
    </message>
    <message>
        <source>退回原因（村里会看到）：</source>
        <translation>반려 사유(촌에서 보게 됩니다):</translation>
    </message>
</context>
<context>
    <name>RepublishDialog</name>
    <message>
        <source>重新公开实施结果：{title}</source>
        <translation>실시 결과 다시 공개: {title}</translation>
    </message>
    <message>
        <source>重新公开日期</source>
        <translation>다시 공개한 날짜</translation>
    </message>
    <message>
        <source>说明（如：实际支出 75,000.00 元）</source>
        <translation>설명(예: 실제 지출 75,000.00 원)</translation>
    </message>
</context>
<context>
    <name>ReverseDialog</name>
    <message>
        <source>冲销凭证 {voucher}</source>
        <translation>전표 {voucher} 상계</translation>
    </message>
    <message>
        <source>{summary}　{amount} 元。冲销将记一张金额相反的凭证，原凭证保留。</source>
        <translation>{summary}　{amount}원. 상계 처리 시 금액이 반대인 전표를 한 장 기록하며, 원래 전표는 그대로 보존됩니다.</translation>
    </message>
    <message>
        <source>冲销原因</source>
        <translation>상계 사유</translation>
    </message>
    <message>
        <source>冲销日期</source>
        <translation>상계 날짜</translation>
    </message>
</context>
<context>
    <name>RosterExport</name>
    <message>
        <source>导出到 Excel</source>
        <translation>Excel로 내보내기</translation>
    </message>
    <message>
        <source>现在花名册按条件筛选出 %1 人。要导出哪些人？</source>
        <translation>지금 명부에서 조건으로 %1명이 걸러졌습니다. 누구를 내보낼까요?</translation>
    </message>
    <message>
        <source>只导出筛选出的 %1 人</source>
        <translation>걸러진 %1명만 내보내기</translation>
    </message>
    <message>
        <source>导出全部</source>
        <translation>전체 내보내기</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>正在导出花名册</source>
        <translation>명부를 내보내는 중</translation>
    </message>
    <message>
        <source>导出完成</source>
        <translation>내보내기 완료</translation>
    </message>
    <message>
        <source>已导出 %1 人到：
%2</source>
        <translation>%1명을 다음 위치로 내보냈습니다:
%2</translation>
    </message>
    <message>
        <source>打开所在文件夹</source>
        <translation>해당 폴더 열기</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel 통합 문서 (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <source>姓名</source>
        <translation>성명</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>성별</translation>
    </message>
    <message>
        <source>年龄</source>
        <translation>나이</translation>
    </message>
    <message>
        <source>民族</source>
        <translation>민족</translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation>신분증번호</translation>
    </message>
    <message>
        <source>与户主关系</source>
        <translation>세대주와의 관계</translation>
    </message>
    <message>
        <source>户号</source>
        <translation>호번호</translation>
    </message>
    <message>
        <source>村民小组</source>
        <translation>촌민소조</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>연락처</translation>
    </message>
</context>
<context>
    <name>SavedFiles</name>
    <message>
        <source>详细信息</source>
        <translation>상세 정보</translation>
    </message>
    <message>
        <source>打开所在文件夹</source>
        <translation>해당 폴더 열기</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>议事设置</source>
        <translation>의사 설정</translation>
    </message>
    <message>
        <source>议事标准金额</source>
        <translation>의사 기준 금액</translation>
    </message>
    <message>
        <source>议事流程</source>
        <translation>의사 절차</translation>
    </message>
    <message>
        <source>超过此金额的支出须经决议（元）</source>
        <translation>이 금액을 초과하는 지출은 결의 필요(원)</translation>
    </message>
    <message>
        <source>决议公开后至少公示（天）才能支出</source>
        <translation>결의 공개 후 최소 공시 일수(일)가 지나야 지출 가능</translation>
    </message>
    <message>
        <source>拆分支出检查：同一收款人或摘要合并计算（天）</source>
        <translation>분할 지출 검사: 같은 수취인 또는 적요를 합산하는 기간(일)</translation>
    </message>
    <message>
        <source>已开始的事项保留开始时的流程。</source>
        <translation>이미 시작된 사항은 시작 당시의 절차를 유지합니다.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>村务通 — 首次使用</source>
        <translation>촌무통 — 처음 사용</translation>
    </message>
    <message>
        <source>下一步</source>
        <translation>다음</translation>
    </message>
    <message>
        <source>上一步</source>
        <translation>이전</translation>
    </message>
    <message>
        <source>完成</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>SignoffDialog</name>
    <message>
        <source>监委会审核签字</source>
        <translation>감독위원회 심사 서명</translation>
    </message>
    <message>
        <source>期间（2026-03 或 2026-Q1）</source>
        <translation>기간(2026-03 또는 2026-Q1)</translation>
    </message>
    <message>
        <source>签字人</source>
        <translation>서명인</translation>
    </message>
    <message>
        <source>签字日期</source>
        <translation>서명 날짜</translation>
    </message>
    <message>
        <source>审核意见</source>
        <translation>심사 의견</translation>
    </message>
</context>
<context>
    <name>StageProgress</name>
    <message>
        <source>选择上方的议事事项查看各环节。</source>
        <translation>위의 의사사항을 선택하면 각 단계를 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>{title}　{amount} 元　状态：{status}　已支出 {spent} 元</source>
        <translation>{title}　{amount}원　상태: {status}　지출 완료 {spent}원</translation>
    </message>
    <message>
        <source>应到 {m}，实到 {p}，赞成 {f}，反对 {a}，弃权 {b}</source>
        <translation>재적 {m}, 참석 {p}, 찬성 {f}, 반대 {a}, 기권 {b}</translation>
    </message>
    <message>
        <source>表决未通过</source>
        <translation>표결 부결</translation>
    </message>
    <message>
        <source>&lt;b&gt;{stage}&lt;/b&gt;（{day}）{votes}&lt;br&gt;{minutes}</source>
        <translation>&lt;b&gt;{stage}&lt;/b&gt;({day}) {votes}&lt;br&gt;{minutes}</translation>
    </message>
    <message>
        <source>决议环节：到达后可据此支出</source>
        <translation>결의 단계: 이 단계에 도달하면 이에 근거하여 지출할 수 있습니다</translation>
    </message>
    <message>
        <source>撤回</source>
        <translation>철회</translation>
    </message>
    <message>
        <source>重新打开实施结果</source>
        <translation>실시 결과 다시 열기</translation>
    </message>
    <message>
        <source>重新公开实施结果</source>
        <translation>실시 결과 다시 공개</translation>
    </message>
    <message>
        <source>&lt;b&gt;{kind}&lt;/b&gt;（{day}）{reason}</source>
        <translation>&lt;b&gt;{kind}&lt;/b&gt;({day}) {reason}</translation>
    </message>
</context>
<context>
    <name>StandardsTab</name>
    <message>
        <source>提前申报</source>
        <translation>사전 신고</translation>
    </message>
    <message>
        <source>事后申报</source>
        <translation>사후 신고</translation>
    </message>
    <message>
        <source>标准版本（按生效日期）</source>
        <translation>기준 버전(시행일 순)</translation>
    </message>
    <message>
        <source>新建版本</source>
        <translation>새 버전</translation>
    </message>
    <message>
        <source>采用示例模板</source>
        <translation>예시 템플릿 사용</translation>
    </message>
    <message>
        <source>删除未用的版本</source>
        <translation>사용하지 않은 버전 삭제</translation>
    </message>
    <message>
        <source>版本名称</source>
        <translation>버전 이름</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>분류</translation>
    </message>
    <message>
        <source>禁止
办理</source>
        <translation>거행
금지</translation>
    </message>
    <message>
        <source>申报
方式</source>
        <translation>신고
방식</translation>
    </message>
    <message>
        <source>申报
天数</source>
        <translation>신고
일수</translation>
    </message>
    <message>
        <source>文字条文</source>
        <translation>문자 조문</translation>
    </message>
    <message>
        <source>不限</source>
        <translation>제한 없음</translation>
    </message>
    <message>
        <source> 天</source>
        <translation> 일</translation>
    </message>
    <message>
        <source>金额填元（如 300 或 300.50）；留空表示不限。丧事一般“事后申报 1 天”，婚事“提前申报”若干天。</source>
        <translation>금액은 원 단위로 입력하십시오(예: 300 또는 300.50). 비워 두면 제한 없음입니다. 상사는 보통 “사후 1일 신고”, 혼사는 며칠 “사전 신고”입니다.</translation>
    </message>
    <message>
        <source>保存本版本</source>
        <translation>이 버전 저장</translation>
    </message>
    <message>
        <source>（现行）</source>
        <translation>(현행)</translation>
    </message>
    <message>
        <source>%1 起</source>
        <translation>%1부터</translation>
    </message>
    <message>
        <source>尚未设置本村的村规民约标准。可先“采用示例模板”，再按本村村规民约修改。</source>
        <translation>본 촌의 촌규민약 기준이 아직 설정되지 않았습니다. 먼저 “예시 템플릿 사용”을 선택한 후 본 촌의 촌규민약에 맞게 수정할 수 있습니다.</translation>
    </message>
    <message>
        <source>这是系统自带的示例（请按本村村规民约修改）。</source>
        <translation>시스템에 기본 제공된 예시입니다(본 촌 촌규민약에 따라 수정하십시오).</translation>
    </message>
    <message>
        <source>本版本已用于审核 %1 件事项，数字不能再改（只能改文字条文）；如标准有变化，请“新建版本”并填写新的生效日期。</source>
        <translation>이 버전은 이미 %1건의 사항 심사에 사용되어 수치를 더 이상 수정할 수 없습니다(문자 조문만 수정 가능). 기준이 바뀐 경우 “새 버전”을 만들고 새 시행일을 입력하십시오.</translation>
    </message>
    <message>
        <source>已保存</source>
        <translation>저장됨</translation>
    </message>
    <message>
        <source>标准已保存。</source>
        <translation>기준이 저장되었습니다.</translation>
    </message>
    <message>
        <source>删除版本</source>
        <translation>버전 삭제</translation>
    </message>
    <message>
        <source>确定删除这个没有用过的标准版本吗？</source>
        <translation>사용한 적 없는 이 기준 버전을 삭제하시겠습니까?</translation>
    </message>
    <message>
        <source>本乡镇推荐的标准版本（随数据包下发各村）</source>
        <translation>본 향진 추천 기준 버전(데이터 패키지로 각 촌에 하달)</translation>
    </message>
    <message>
        <source>采用乡镇推荐标准…</source>
        <translation>향진 추천 기준 채택…</translation>
    </message>
    <message>
        <source>【乡镇推荐】</source>
        <translation>【향진 추천】</translation>
    </message>
    <message>
        <source>这是乡镇推荐的标准，由乡镇随数据包下发，本村只能查看。本村没有自己的标准时，事项按它审核；如要采用，请点“采用乡镇推荐标准…”，之后可按本村情况修改。</source>
        <translation>향진이 추천한 기준으로, 향진이 데이터 패키지로 하달하며 본 촌에서는 조회만 할 수 있습니다. 본 촌의 자체 기준이 없을 때는 이 기준으로 심사합니다. 채택하려면 “향진 추천 기준 채택…”을 누르십시오. 채택 후 본 촌 실정에 맞게 수정할 수 있습니다.</translation>
    </message>
    <message>
        <source>采用乡镇推荐标准</source>
        <translation>향진 추천 기준 채택</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>欢迎使用村务通</source>
        <translation>촌무통을 사용해 주셔서 감사합니다</translation>
    </message>
    <message>
        <source>这是一个新的数据文件。请选择怎样开始：</source>
        <translation>새 데이터 파일입니다. 시작 방법을 선택하십시오:</translation>
    </message>
    <message>
        <source>先看看示范村（合成数据，随时可以另建本村数据）</source>
        <translation>먼저 시범촌 둘러보기(합성 데이터, 언제든지 본 촌 데이터를 따로 만들 수 있음)</translation>
    </message>
    <message>
        <source>建立本村的数据（村委会使用）</source>
        <translation>본 촌 데이터 생성(촌민위원회에서 사용)</translation>
    </message>
    <message>
        <source>建立乡镇的汇总数据（乡镇使用，汇总各村上报）</source>
        <translation>향진 집계 데이터 생성(향진에서 사용, 각 촌의 보고를 집계)</translation>
    </message>
</context>
<context>
    <name>StatsTab</name>
    <message>
        <source>全村</source>
        <translation>전체 촌</translation>
    </message>
    <message>
        <source>年份</source>
        <translation>연도</translation>
    </message>
    <message>
        <source>范围</source>
        <translation>범위</translation>
    </message>
    <message>
        <source>改革前平均数…</source>
        <translation>개혁 전 평균치…</translation>
    </message>
    <message>
        <source>导出 Excel</source>
        <translation>Excel 내보내기</translation>
    </message>
    <message>
        <source>打印年度总结</source>
        <translation>연간 총결 인쇄</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>분류</translation>
    </message>
    <message>
        <source>事项</source>
        <translation>사항</translation>
    </message>
    <message>
        <source>按时申报</source>
        <translation>기한 내 신고</translation>
    </message>
    <message>
        <source>已办结</source>
        <translation>완료됨</translation>
    </message>
    <message>
        <source>符合标准</source>
        <translation>기준 부합</translation>
    </message>
    <message>
        <source>超标</source>
        <translation>기준 초과</translation>
    </message>
    <message>
        <source>已处理</source>
        <translation>처리됨</translation>
    </message>
    <message>
        <source>节约桌数</source>
        <translation>절약 상 수</translation>
    </message>
    <message>
        <source>%1 年共 %2 件，按时申报 %3，已办结 %4 件，符合标准 %5，超标 %6 件（已处理 %7 件）；比改革前少办 %8 桌，节约 %9。</source>
        <translation>%1년 총 %2건, 기한 내 신고 %3, 완료 %4건, 기준 부합 %5, 기준 초과 %6건(처리 완료 %7건); 개혁 전보다 %8상 적게 차렸으며 %9 절약.</translation>
    </message>
    <message>
        <source>（节约数按示例的改革前平均数估算，请点“改革前平均数…”按本村情况修改。）</source>
        <translation>(절약 수치는 예시의 개혁 전 평균치로 추산한 것입니다. “개혁 전 평균치…”를 눌러 본 촌 상황에 맞게 수정하십시오.)</translation>
    </message>
    <message>
        <source>未办结</source>
        <translation>미처리</translation>
    </message>
    <message>
        <source>各类事项（件）</source>
        <translation>사항 유형별(건)</translation>
    </message>
    <message>
        <source>各村民小组（件）</source>
        <translation>촌민소조별(건)</translation>
    </message>
    <message>
        <source>已导出</source>
        <translation>내보냄</translation>
    </message>
    <message>
        <source>各村汇总</source>
        <translation>각 촌 합계</translation>
    </message>
    <message>
        <source>乡镇本级</source>
        <translation>향진 본급</translation>
    </message>
    <message>
        <source>节约金额（元）</source>
        <translation>절약 금액(원)</translation>
    </message>
    <message>
        <source>（有的村节约数按示例的改革前平均数估算。）</source>
        <translation>(일부 촌의 절약 수치는 예시 개혁 전 평균으로 추산했습니다.)</translation>
    </message>
    <message>
        <source>村</source>
        <translation>촌</translation>
    </message>
    <message>
        <source>各村（件）</source>
        <translation>각 촌(건)</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>第 3 步：导入结果</source>
        <translation>3단계: 가져오기 결과</translation>
    </message>
    <message>
        <source>第 %1 行：%2</source>
        <translation>%1행: %2</translation>
    </message>
    <message>
        <source>第 %1 行（已导入，请核对）：%2</source>
        <translation>%1행(가져왔음, 확인 바람): %2</translation>
    </message>
    <message>
        <source>错误行已另存为：</source>
        <translation>오류 행을 따로 저장한 파일: </translation>
    </message>
    <message>
        <source>导入前的备份：</source>
        <translation>가져오기 전 백업: </translation>
    </message>
    <message>
        <source>试导入（未写入）：</source>
        <translation>시험 가져오기(저장하지 않음): </translation>
    </message>
    <message>
        <source>导入完成：</source>
        <translation>가져오기 완료: </translation>
    </message>
    <message>
        <source>新增 %1 人，更新 %2 人，未变 %3 人。</source>
        <translation>새로 추가 %1명, 갱신 %2명, 변동 없음 %3명.</translation>
    </message>
    <message>
        <source>新建 %1 户，更新 %2 户。</source>
        <translation> 새 세대 %1개, 갱신된 세대 %2개.</translation>
    </message>
    <message>
        <source>新建村民小组：%1。</source>
        <translation> 새로 만든 촌민소조: %1.</translation>
    </message>
    <message>
        <source>有 %1 行有错误，没有导入。</source>
        <translation> 오류가 있는 %1개 행은 가져오지 않았습니다.</translation>
    </message>
    <message>
        <source>这些行已另存为错误表（见下），改好后可以再导入。</source>
        <translation> 이 행들은 오류 표로 따로 저장했습니다(아래 참조). 고친 뒤 다시 가져올 수 있습니다.</translation>
    </message>
    <message>
        <source>%1，请按行号在原表中查找。</source>
        <translation> %1. 행 번호로 원래 표에서 찾으십시오.</translation>
    </message>
    <message>
        <source>没有错误行。</source>
        <translation> 오류 행이 없습니다.</translation>
    </message>
    <message>
        <source>有 %1 条特殊群体表中没有开始日期，暂按导入当天登记（自导入起），以前各月的统计不含这些人；知道实际开始日期的，请在花名册页“设定起始日期”补填。</source>
        <translation> 특수 계층 %1건은 표에 시작 날짜가 없어 가져온 날짜로 임시 등록했습니다(가져온 날부터). 이전 달 통계에는 이 사람들이 포함되지 않습니다. 실제 시작 날짜를 알면 명부 페이지의 “시작 날짜 설정”에서 보충하십시오.</translation>
    </message>
    <message>
        <source>导入前的数据已自动备份（见下），如需撤回可从备份恢复。</source>
        <translation> 가져오기 전 데이터는 자동으로 백업했습니다(아래 참조). 되돌리려면 백업에서 복원할 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>（从未）</source>
        <translation>(없음)</translation>
    </message>
</context>
<context>
    <name>TownshipTab</name>
    <message>
        <source>月份</source>
        <translation>월</translation>
    </message>
    <message>
        <source>导出 Excel…</source>
        <translation>Excel 내보내기…</translation>
    </message>
    <message>
        <source>打印…</source>
        <translation>인쇄…</translation>
    </message>
    <message>
        <source>导出汇总</source>
        <translation>집계 내보내기</translation>
    </message>
</context>
<context>
    <name>TownshipView</name>
    <message>
        <source>人口与特殊群体</source>
        <translation>인구와 특수 계층</translation>
    </message>
    <message>
        <source>迟报情况</source>
        <translation>지연 보고 현황</translation>
    </message>
    <message>
        <source>村</source>
        <translation>촌</translation>
    </message>
    <message>
        <source>区划代码</source>
        <translation>행정구역코드</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>最近收到数据包</source>
        <translation>최근 받은 데이터 패키지</translation>
    </message>
    <message>
        <source>情况</source>
        <translation>상황</translation>
    </message>
    <message>
        <source>未上报</source>
        <translation>미보고</translation>
    </message>
    <message>
        <source>合计（已上报、已接收）</source>
        <translation>합계(보고됨, 접수됨)</translation>
    </message>
    <message>
        <source>从未收到数据包</source>
        <translation>데이터 패키지를 받은 적 없음</translation>
    </message>
    <message>
        <source>%1月报汇总</source>
        <translation>%1 월간 보고 집계</translation>
    </message>
    <message>
        <source>已 %1 天没有收到数据包</source>
        <translation>%1일 동안 데이터 패키지를 받지 못함</translation>
    </message>
    <message>
        <source>%1 月报未上报</source>
        <translation>%1 월간 보고 미제출</translation>
    </message>
    <message>
        <source>%1 月报已退回，尚未重新上报</source>
        <translation>%1 월간 보고가 반려되어 아직 다시 제출하지 않음</translation>
    </message>
</context>
<context>
    <name>UsersPanel</name>
    <message>
        <source>用户名</source>
        <translation>사용자 이름</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>성명</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>添加用户</source>
        <translation>사용자 추가</translation>
    </message>
    <message>
        <source>停用/启用</source>
        <translation>사용 중지/사용</translation>
    </message>
    <message>
        <source>重设密码</source>
        <translation>비밀번호 재설정</translation>
    </message>
    <message>
        <source>启用</source>
        <translation>사용</translation>
    </message>
    <message>
        <source>已停用</source>
        <translation>사용 중지됨</translation>
    </message>
    <message>
        <source>已设置</source>
        <translation>설정됨</translation>
    </message>
    <message>
        <source>已建立管理员。下次启动村务通时需要登录。</source>
        <translation>관리자가 생성되었습니다. 다음에 촌무통을 시작할 때 로그인해야 합니다.</translation>
    </message>
    <message>
        <source>新密码：</source>
        <translation>새 비밀번호:</translation>
    </message>
</context>
<context>
    <name>Widgets</name>
    <message>
        <source>保存</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>确定</source>
        <translation>확인</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>未来日期</source>
        <translation>미래 날짜</translation>
    </message>
    <message>
        <source>记账日期 {day} 晚于今天。确定要记入未来日期吗？监委会将在结账预警中看到这笔凭证。</source>
        <translation>기장 날짜 {day}이(가) 오늘보다 늦습니다. 미래 날짜로 기록하시겠습니까? 감독위원회가 결산 경고에서 이 전표를 보게 됩니다.</translation>
    </message>
</context>
</TS>