import Foundation

@testable import App
@testable import Domain

extension NoticeSummary {
    static let mock = NoticeSummary(
        id: Mock.id(81), number: "督办〔2026〕1号", unitID: Mock.mzj.id, unitName: "市民族宗教局",
        reason: "示范区建设进度滞后于节点。", requiredAction: "说明原因并提出赶进措施。", replyDue: "2026-03-20",
        isOverdue: false, status: .answered, issuedBy: "admin", createdAt: Mock.now,
        answer: "已调整方案，3月底前赶上进度。", reviewComment: "")
}

extension InspectionSummary {
    static let mock = InspectionSummary(
        id: Mock.id(91), title: "第一季度督查", day: "2026-03-01", inspectors: "市委督查室",
        summary: "抽查6个单位，发现问题2个。")
}

extension RectificationLine {
    static let open = RectificationLine(
        id: Mock.id(92), position: 1, inspection: (Mock.id(91), "第一季度督查"), problem: "工作台账不完整",
        unitName: "市民族宗教局", deadline: "2026-02-28", isOverdue: true, measures: "", evidence: "",
        reviewComment: "", status: .open, move: .submit)
    static let submitted = RectificationLine(
        id: Mock.id(93), position: 2, inspection: (Mock.id(91), "第一季度督查"),
        problem: "会议精神传达不及时", unitName: "市委统战部", deadline: "2026-04-30", isOverdue: false,
        measures: "建立传达台账", evidence: "台账扫描件已上传", reviewComment: "", status: .submitted,
        move: .review)
}
