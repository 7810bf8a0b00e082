/// Keyword tables for extraction. See ``TextTables`` for the normalisation tables.
extension TextTables {
    // MARK: people

    /// Position titles, longest first so 副书记 wins over 书记. A name follows a title
    /// (市委常委、统战部长张某某); compound positions end in one of these.
    static let positionTitles = [
        "常务副市长", "常务副县长", "常务副区长", "常务副部长", "常务副主任", "常务副主席",
        "副秘书长", "秘书长", "副书记", "书记", "常委", "副部长", "部长", "副主任", "主任", "副主席", "主席",
        "副市长", "市长", "副县长", "县长", "副区长", "区长", "副局长", "局长", "副厅长", "厅长", "副省长", "省长",
        "副州长", "州长", "副主委", "主委", "副会长", "会长", "副组长", "组长", "副院长", "院长", "副检察长", "检察长",
        "委员", "成员", "助理", "董事长", "总经理", "副处长", "处长", "副科长", "科长", "副所长", "所长", "大队长", "队长",
        "副站长", "站长", "副行长", "行长", "副校长", "校长", "理事长", "副社长", "社长", "副馆长", "馆长",
        "总河长", "河长", "市领导", "县领导", "区领导", "省领导", "州领导",
    ]

    /// Words that end a name: punctuation is handled apart; these are the verbs and
    /// particles that follow a name in reports (李某出席, 李某在讲话中, 李某等).
    static let nameFollowers = [
        "出席", "主持", "宣读", "讲话", "在", "对", "代表", "作", "等", "参加", "列席", "通报", "传达", "指出", "强调",
        "要求", "说", "表示", "提出", "同志", "致辞", "发言", "汇报", "就", "和", "与", "及", "也", "为", "向", "从", "于",
        "分别", "一行", "率", "带领", "陪同", "首先", "最后", "还", "则", "又", "围绕", "结合", "充分", "深刻", "认为",
        "应邀", "先后", "一同", "莅临", "到会", "参会", "参与", "就座", "介绍", "宣布", "的", "做",
    ]

    /// Characters that end an institution's name, never a person's (县法院, 高新区, 统计局).
    static let nonFinalCharacters = "院局委办区部会所处厅站队县市乡镇组"

    /// Followers that also end given names (某长于, 王和): such a third character belongs to
    /// the name when a boundary comes right after it.
    static let nameFinalFollowers = "于和为"

    /// Surnames of two characters: a name starting with one may have four characters (诸葛某某).
    static let compoundSurnames = [
        "欧阳", "司马", "上官", "诸葛", "皇甫", "夏侯", "东方", "尉迟", "公孙", "令狐", "慕容", "长孙", "宇文", "司徒", "司空",
        "端木", "独孤", "南宫", "西门", "轩辕", "钟离", "呼延", "万俟", "闻人", "赫连", "澹台", "濮阳", "淳于", "单于", "申屠",
    ]

    /// Characters that never start a name: particles, and the characters that start the
    /// word after a position (市委常委会会议, 部长的讲话, 主席团成员).
    static let nonInitialCharacters = "的了是在和与及并等对为会团员们部处局办所长委级届次项个做作台"

    /// A position containing one of these names a reporter, an editor or someone only
    /// referred to, never a participant.
    static let nonParticipantPositions = ["记者", "通讯员", "编辑", "作者", "总书记", "摄影"]

    /// Words a position run may start with that belong to the sentence, not the position.
    static let positionLeadIns = ["会议上", "会上", "会议由", "随后", "同时", "最后", "首先", "由", "并", "和", "及", "与"]

    // MARK: roles

    /// Role verbs → role. Order matters only for overlapping verbs (作工作报告 before 作报告).
    static let roleVerbs: [(verb: String, role: String)] = [
        ("主持", "主持"), ("出席", "出席"), ("参加", "出席"), ("参与", "出席"), ("列席", "出席"), ("就座", "出席"),
        ("宣读", "宣读"),
        ("讲话", "讲话"), ("讲了话", "讲话"), ("致辞", "讲话"), ("发言", "发言"),
        ("通报", "报告"), ("传达", "报告"), ("说明", "报告"), ("汇报", "报告"), ("作工作报告", "报告"), ("作报告", "报告"),
        ("做工作报告", "报告"), ("做报告", "报告"),
        ("部署", "报告"),
    ]

    /// Verbs that introduce what someone said; the narrative part of a sentence ends at them.
    static let speechVerbs = ["指出", "强调", "要求", "说", "表示", "提出", "肯定"]

    /// Rank of a position's last title, for picking the main speaker when the text does not say.
    static let titleRank: [(suffix: String, rank: Int)] = [
        ("副书记", 3), ("书记", 10), ("副市长", 2), ("市长", 8), ("副县长", 2), ("县长", 8), ("副区长", 2), ("区长", 8),
        ("人大常委会主任", 7), ("政协主席", 6), ("常委", 4),
    ]

    // MARK: meetings

    /// Words a meeting's name ends with.
    static let meetingWords = "(?:全体会议|会议|大会|座谈会|推进会|调度会|动员会|部署会|培训会|研讨会|联席会|协商会|恳谈会|汇报会|评议会|会)"
    /// Verbs that announce a meeting.
    static let meetingVerbs = "(?:召开|举行|举办)"
    /// Bodies that convene a meeting in their own name (joined to the meeting's name): a
    /// committee, a department, a government, or a session (县十七届人大一次会议召开预备会议).
    static let convenerEndings = "(?:市委|县委|区委|州委|省委|政府|领导小组|委员会|政协|人大常委会|常委会|统战部|会议)"
    /// Words showing that what follows the verb is the attendance, not the meeting's name
    /// (…召开,县长某某出席会议).
    static let attendanceWords = "(?:出席|参加|列席|主持|讲话|参会)"

    // MARK: requirements

    /// Numbering markers of a list item: 一是/一要, 第一, (一), 一、, 1. — each at a clause start.
    static let numberingMarker = Pattern(
        #"(?:^|(?<=[\n。;:,]))[ \t]*(?:([一二三四五六七八九十]{1,3})(是|要)|第([一二三四五六七八九十]{1,3})(?=[,、是要])|"#
            + #"\(([一二三四五六七八九十]{1,3})\)|([一二三四五六七八九十]{1,3})、|(\d{1,2})[.、](?!\d))"#)
    /// A counted list announced before its items: 五个方面工作,分别为: 甲;乙;…
    static let countedListIntro = Pattern(
        #"([一二三四五六七八九十\d]{1,3})(?:个|项|条|点|大)[^。;:]{0,12}?(?:分别为|分别是|即|包括)?:"#)
    /// A list the text gives to the meeting itself takes the meeting's main speaker.
    static let meetingAsSpeaker = Pattern(#"会议(?:要求|强调|指出|提出|认为)"#, requiringOneOf: ["会议"])

    // MARK: quantities

    /// A numeral that counts work items + classifier + a phrase ending in 工作/项目/任务/要求/工程.
    static let quantity = Pattern(
        #"(?<![每某第\d一二两三四五六七八九十百千万])((?:\d+|[一二两三四五六七八九十百千万]+)(?:余|多)?)(项|个|点|条|大)(\p{Han}{0,6}?(?:工作|项目|任务|要求|工程))"#)
    /// Quoted phrases (slogans) of at most this many characters, “…” on one line, are masked
    /// before quantities are looked for: 三个“一批” names a slogan, not a count of work.
    static let sloganMaxLength = 40
}
