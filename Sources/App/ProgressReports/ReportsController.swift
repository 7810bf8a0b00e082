import Domain
import Vapor

/// Submitting a progress report from the task page, and the office's accept / return.
struct ReportsController {
    func register(_ routes: any RoutesBuilder) {
        routes.upload(.taskReports(nil), maxSize: UploadLimit.report, use: submit)
        routes.get(.attachment(nil), use: Self.download)
        routes.post(.acceptReport(nil), use: accept)
        routes.post(.returnReport(nil), use: sendBack)
    }

    @Sendable func submit(req: Request) async throws -> Response {
        let taskID = try req.idParameter()
        let form = try req.content.decode(ReportForm.self)
        do {
            _ = try await req.tongxin.reports.submit(
                on: taskID, form.draft(), attachments: form.uploads,
                revising: form.reportId.flatMap(UUID.init(uuidString:)), by: req.actor(), on: req.db)
            return req.redirect(to: .task(taskID), flash: "进展已报送，等待办公室审核")
        } catch DomainError.invalid(let errors) {
            // Show the page again with what the liaison typed and the problems beside it.
            let model = try await TaskShowView.Model.query(
                taskID, for: req.actor(), today: req.tongxin.today, typed: form,
                errors: errors, on: req.db)
            return req.render(TaskShowView.page(model), status: .unprocessableEntity)
        }
    }

    /// A report's attachment, to whoever may see its task (the page and the API).
    @Sendable static func download(req: Request) async throws -> Response {
        let attachment = try await ReportAttachment.readable(req.idParameter(), by: req.actor(), on: req.db)
        return .attachedFile(attachment.data, filename: attachment.filename)
    }

    @Sendable func accept(req: Request) async throws -> Response {
        let report = try await req.tongxin.reports.accept(req.idParameter(), by: req.actor(), on: req.db)
        return req.redirect(to: .task(report.$task.id), flash: "已采纳进展报告")
    }

    @Sendable func sendBack(req: Request) async throws -> Response {
        let id = try req.idParameter()
        let form = try req.content.decode(ReturnForm.self)
        return try await req.runForm(back: { .task(try await ProgressReport.require(id, on: req.db).$task.id) }) {
            let report = try await req.tongxin.reports.sendBack(
                id, comment: form.comment ?? "", by: req.actor(), on: req.db)
            return (.task(report.$task.id), "已退回进展报告")
        }
    }
}
