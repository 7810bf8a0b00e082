import Domain
import Fluent
import Vapor

/// `/api/v1` for progress reports: the same commands and checks as the pages.
struct ReportsAPIController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(.api(.taskReports(nil)), use: reports)
        routes.upload(.api(.taskReports(nil)), maxSize: UploadLimit.report, use: submitReport)
        routes.get(.api(.attachment(nil)), use: ReportsController.download)
        routes.post(.api(.acceptReport(nil)), use: accept)
        routes.post(.api(.returnReport(nil)), use: sendBack)
    }

    @Sendable func reports(req: Request) async throws -> ListDTO<ReportDTO> {
        let detail = try await TaskDetail.load(req.idParameter(), for: req.actor(), on: req.db)
        return ListDTO(
            items: detail.reports.map { ReportDTO($0.report, attachments: $0.attachments) }, total: detail.reports.count
        )
    }

    @Sendable func submitReport(req: Request) async throws -> Response {
        let body = try req.content.decode(CreateReportBody.self)
        let report = try await req.tongxin.reports.submit(
            on: req.idParameter(),
            ReportDraft(
                text: body.text, progress: body.progress, problems: body.problems ?? "", nextSteps: body.nextSteps ?? ""
            ),
            attachments: body.uploads(), revising: body.reportId, by: req.actor(), on: req.db)
        return try await ReportDTO(report).encodeResponse(status: .created, for: req)
    }

    @Sendable func accept(req: Request) async throws -> ReportDTO {
        ReportDTO(try await req.tongxin.reports.accept(req.idParameter(), by: req.actor(), on: req.db))
    }

    @Sendable func sendBack(req: Request) async throws -> ReportDTO {
        let body = try req.content.decode(ReturnReportBody.self)
        return ReportDTO(
            try await req.tongxin.reports.sendBack(
                req.idParameter(), comment: body.comment, by: req.actor(), on: req.db))
    }
}
