/// The fictional city of the demo (示范市): its units, people and the report of the meeting
/// that deployed the year's work. Written for Tongxin; names and events are invented.
public enum DemoContent {
    /// Code, name and kind of each unit under the office.
    public static let units: [(code: String, name: String, kind: String)] = [
        ("tzb", "示范市委统战部", "member_unit"), ("mzj", "示范市民族宗教事务局", "member_unit"),
        ("jyj", "示范市教育局", "member_unit"), ("wlj", "示范市文化和旅游局", "member_unit"),
        ("fgw", "示范市发展改革委", "member_unit"), ("gsl", "示范市工商联", "federation"),
        ("ql", "示范市侨联", "federation"), ("mj", "民建示范市委会", "democratic_party"),
        ("dq", "示范市东城区委统战部", "county"),
    ]

    /// Username, display name, unit code and role of each demo user.
    public static let users: [(username: String, name: String, unit: String, role: String)] = [
        ("leader", "周明远", "office", "leader"), ("liaison-tzb", "统战部联络员", "tzb", "liaison"),
        ("liaison-mzj", "民宗局联络员", "mzj", "liaison"), ("liaison-jyj", "教育局联络员", "jyj", "liaison"),
        ("liaison-wlj", "文旅局联络员", "wlj", "liaison"), ("liaison-gsl", "工商联联络员", "gsl", "liaison"),
        ("liaison-fgw", "发改委联络员", "fgw", "liaison"),
        ("member-mj", "民建会员", "mj", "member"), ("viewer", "查阅人员", "fgw", "viewer"),
    ]

    /// The report of the meeting that deployed the year's work (read by the importer).
    static func deploymentReport(year: Int) -> String {
        """
        示范市召开\(year)年统一战线工作会议
        \(year)年2月18日，示范市\(year)年统一战线工作会议在市行政中心召开。市委副书记周明远主持会议，市委常委、统战部部长林素华出席并讲话。
        会议审议了《示范市\(year)年统一战线工作要点》和《示范市统一战线工作领导小组工作规则》。
        林素华强调，一是要深入开展民族团结进步创建，推动各族群众交往交流交融。二是要加强民营经济人士思想政治引领，促进“两个健康”。三是要做好海外侨胞联络服务工作，凝聚侨心侨力。四是要支持民主党派加强自身建设，提高参政议政水平。
        """
    }

    /// Lead unit code of each requirement of the report above, in order.
    static let requirementLeads = ["mzj", "gsl", "ql", "tzb"]

    /// Tasks added by hand to the plan: title, lead unit code, what the demo does with it.
    enum Story {
        case notStarted, onTrack, behindMilestone, overdue, done, suspended, closed, reportPending, reportReturned
    }

    static let tasks: [(title: String, lead: String, story: Story)] = [
        ("开展民族团结进步进校园活动", "jyj", .notStarted),
        ("推进统一战线理论研究基地建设", "tzb", .onTrack),
        ("打造民族团结进步主题文化旅游线路", "wlj", .behindMilestone),
        ("完成少数民族流动人口服务管理调查", "mzj", .overdue),
        ("举办新的社会阶层人士专题培训班", "tzb", .done),
        ("修订宗教活动场所安全管理办法", "mzj", .suspended),
        ("完成上年度统战工作总结", "tzb", .closed),
        ("组织民营企业家“走进乡村”活动", "gsl", .reportPending),
        ("建设东城区民族团结进步示范街区", "wlj", .reportReturned),
    ]
}
