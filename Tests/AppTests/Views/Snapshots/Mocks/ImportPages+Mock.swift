import Foundation

@testable import App
@testable import Domain

extension ImportRecord {
    static let draft = ImportRecord(
        id: Mock.id(111), sourceName: "统战工作会议报道.txt",
        text: "2月20日，全市统战工作会议召开。市委常委、统战部部长张某某出席会议并讲话。\n会议审议了《关于加强统战工作的实施意见》。\n张某某要求，一是要加强组织领导；二是要压实工作责任。",
        createdAt: Mock.now, createdBy: "admin", result: nil)
}

extension ImportDraft {
    static let mock: ImportDraft = {
        var draft = ImportDraft()
        (draft.title, draft.meetingName, draft.meetingDate, draft.published) = (
            "全市统战工作会议召开", "全市统战工作会议", "2026-02-20", "2026-02-20"
        )
        draft.people = [.init(name: "张某某", position: "市委常委、统战部部长", roles: ["出席", "讲话"], unitId: Mock.tzb.id)]
        draft.documents = ["关于加强统战工作的实施意见"]
        draft.requirements = [
            .init(speaker: "张某某", list: 1, ordinal: 1, head: "要加强组织领导"),
            .init(speaker: "张某某", list: 1, ordinal: 2, head: "要压实工作责任"),
        ]
        (draft.planTitle, draft.planPeriod) = ("全市统战工作会议部署任务", "2026")
        return draft
    }()
}

extension ImportBatchDTO {
    static let mock: ImportBatchDTO = {
        let json = """
            {"id": "\(Mock.id(121).uuidString)", "status": "running", "statusLabel": "导入中", "draftsOnly": false, "total": 3, "done": 2,
             "created": 1, "drafted": 0, "skipped": 0, "failed": 1,
             "items": [{"file": "a.txt", "outcome": "created", "importId": "\(Mock.id(111).uuidString)",
                        "meetingId": "\(Mock.id(61).uuidString)", "planId": "\(PlanSummary.mock.id.uuidString)"},
                       {"file": "b.docx", "outcome": "failed", "message": "没有读到正文：这份文件里没有文字"}],
             "waiting": ["c.html"], "createdAt": 1772413200, "createdBy": "admin"}
            """
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .secondsSince1970
        return try! decoder.decode(ImportBatchDTO.self, from: Data(json.utf8))
    }()
}
