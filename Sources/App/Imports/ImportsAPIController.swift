import Domain
import Fluent
import Vapor

/// `/api/v1` for reading meeting reports, one or many at once: the same commands and checks as the pages.
struct ImportsAPIController {
    func register(_ routes: any RoutesBuilder) {
        routes.upload(.api(.imports), maxSize: UploadLimit.reportImport, use: startImport)
        routes.get(.api(.reportImport(nil)), use: reportImport)
        routes.post(.api(.confirmImport(nil)), use: confirmImport)
        routes.upload(.api(.importBatchUploads), maxSize: UploadLimit.reportBatch, use: startBatch)
        routes.get(.api(.importBatchUpload(nil)), use: importBatch)
    }

    /// Multipart `files[]` (and `draftsOnly`): 202 with the batch, read in the background.
    @Sendable func startBatch(req: Request) async throws -> Response {
        let actor = try req.actor()
        try ImportPermissions.require(.importReports, actor: actor)
        let form = try req.content.decode(ImportBatchForm.self)
        let batch = try await req.tongxin.batches.start(
            form.uploads, draftsOnly: form.onlyDrafts, by: actor, app: req.application)
        return try await ImportBatchDTO(batch, now: req.tongxin.clock.now).encodeResponse(status: .accepted, for: req)
    }

    @Sendable func importBatch(req: Request) async throws -> ImportBatchDTO {
        ImportBatchDTO(
            try await ImportBatch.load(req.idParameter(), for: req.actor(), on: req.db), now: req.tongxin.clock.now)
    }

    /// JSON `{text}` or a multipart upload with `file`; 201 with the draft, or 200 with the
    /// earlier import when the same report was read before.
    @Sendable func startImport(req: Request) async throws -> Response {
        try ImportPermissions.require(.importReports, actor: req.actor())
        let (bytes, filename) = try ImportUpload.read(req)
        let (record, created) = try await req.tongxin.imports.start(
            bytes: bytes, filename: filename, by: req.actor(), on: req.db)
        return try await ImportDTO(record).encodeResponse(status: created ? .created : .ok, for: req)
    }

    @Sendable func reportImport(req: Request) async throws -> ImportDTO {
        try ImportDTO(try await ReportImport.load(req.idParameter(), for: req.actor(), on: req.db))
    }

    @Sendable func confirmImport(req: Request) async throws -> ReportImport.Result {
        let body = req.body.data == nil ? nil : try req.content.decode(ConfirmImportBody.self)
        return try await req.tongxin.imports.confirm(req.idParameter(), draft: body?.draft, by: req.actor(), on: req.db)
    }
}
