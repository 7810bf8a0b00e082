import Foundation

@testable import App
@testable import Domain

extension DocumentSummary {
    static let mock = DocumentSummary(
        id: Mock.id(62), title: "关于加强统战工作的实施意见", number: "示办发〔2026〕1号", kind: .opinion,
        day: "2026-02-18", body: "一、总体要求\n二、重点任务", issuerName: "领导小组办公室")
}

extension DocumentsController.DocumentForm {
    static let mock: Self = {
        var values = Self()
        (values.title, values.number, values.kind) = ("关于加强统战工作的实施意见", "示办发〔2026〕1号", "opinion")
        (values.meetingId, values.day) = (Mock.id(61).uuidString, "2026-02-18")
        return values
    }()
}
