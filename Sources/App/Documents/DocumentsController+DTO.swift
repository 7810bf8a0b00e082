import Domain
import Fluent
import Vapor

/// What the DocumentsController pages post and query: forms and query strings, decoded by the controller.
extension DocumentsController {
    struct DocumentForm: Content {
        var title: String?
        var number: String?
        var kind: String?
        var issuingUnitId: String?
        var day: String?
        var body: String?
        var meetingId: String?
        var planId: String?
        /// The files chosen in the form (`files[]`).
        var files: [File]?

        var uploads: [AttachmentUpload] { (files ?? []).attachmentUploads }

        var input: DocumentInput {
            DocumentInput(
                title: title ?? "", number: number ?? "", kind: kind ?? "",
                issuingUnitID: issuingUnitId.flatMap(UUID.init(uuidString:)),
                day: day ?? "", body: body ?? "", meetingID: meetingId.flatMap(UUID.init(uuidString:)),
                planID: planId.flatMap(UUID.init(uuidString:)))
        }

        init(_ document: OfficialDocument) {
            title = document.title
            number = document.number
            kind = document.kind.rawValue
            issuingUnitId = document.$issuingUnit.id?.uuidString.lowercased()
            day = document.day
            body = document.body
            meetingId = document.$meeting.id?.uuidString.lowercased()
            planId = document.$plan.id?.uuidString.lowercased()
        }

        init() {}
    }
}
