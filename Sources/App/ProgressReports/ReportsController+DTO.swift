import Domain
import Vapor

/// What the ReportsController pages post and query: forms and query strings, decoded by the controller.
extension ReportsController {
    struct ReportForm: Content {
        var text: String?
        var progress: String?
        var problems: String?
        var nextSteps: String?
        var reportId: String?
        /// The files chosen in the form (`files[]`); an empty file input sends one empty part.
        var files: [File]?

        var uploads: [AttachmentUpload] { (files ?? []).attachmentUploads }

        func draft() throws -> ReportDraft {
            guard let progress = progress.flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) }) else {
                throw DomainError.invalid("progress", "请填写进度（0-100 的整数）")
            }
            return ReportDraft(
                text: text ?? "", progress: progress, problems: problems ?? "", nextSteps: nextSteps ?? "")
        }
    }

    struct ReturnForm: Content {
        var comment: String?
    }
}
