@testable import App
@testable import Domain

extension PlanSummary {
    static let mock = PlanSummary(
        id: Mock.id(51), title: "2026年统一战线工作要点", period: PlanPeriod("2026")!, status: .draft,
        createdAt: Mock.now)
}

extension ResponsibilityView.Model {
    static let mock = Self(
        plan: .mock,
        sections: [
            .init(
                area: (Mock.id(52), "加强组织领导"), number: "一、",
                rows: [
                    .init(
                        number: "1", taskID: Mock.id(41), title: "建设民族团结进步示范区", leadUnitName: "市民族宗教局",
                        coUnitNames: ["市委统战部", "市教育局"], deadline: "2026-12-31",
                        basis: TaskBasis(meeting: .init(id: Mock.id(61), label: "全市统战工作会议（2026-02-20）"), document: nil),
                        depth: 0),
                    .init(
                        number: "1.1", taskID: Mock.id(42), title: "制定示范区建设方案", leadUnitName: "市民族宗教局", coUnitNames: [],
                        deadline: "2026-06-30", basis: .none, depth: 1),
                ])
        ],
        source: (Mock.id(61), "全市统战工作会议", "2026-02-20"), canManage: true)
}
