import Domain
import Fluent
import Vapor

/// Importing meeting reports on the web: paste or upload, review the draft beside the
/// cleaned text, confirm.
struct ImportsController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(.imports, use: index)
        routes.upload(.imports, maxSize: UploadLimit.reportImport, use: start)
        routes.get(.reportImport(nil), use: show)
        routes.post(.confirmImport(nil), use: confirm)
        routes.upload(.importBatches, maxSize: UploadLimit.reportBatch, use: startBatch)
        routes.get(.importBatch(nil), use: batch)
    }

    @Sendable func index(req: Request) async throws -> Response {
        try await startPage(req, text: "", errors: [])
    }

    private func startPage(_ req: Request, text: String, errors: [FieldError], status: HTTPStatus = .ok) async throws
        -> Response
    {
        let actor = try req.actor()
        let now = req.tongxin.clock.now
        return req.render(
            ImportViews.start(
                recent: try await ReportImport.recent(for: actor, on: req.db).map(ImportRecord.init),
                batches: try await ImportBatch.recent(for: actor, on: req.db).map { ImportBatchDTO($0, now: now) },
                text: text, errors: errors), status: status)
    }

    /// Many files at once: recorded as a batch and read in the background; the batch's page shows the progress.
    @Sendable func startBatch(req: Request) async throws -> Response {
        let actor = try req.actor()
        try ImportPermissions.require(.importReports, actor: actor)
        let form = try req.content.decode(ImportBatchForm.self)
        return try await req.saveForm {
            let batch = try await req.tongxin.batches.start(
                form.uploads, draftsOnly: form.onlyDrafts, by: actor, app: req.application)
            return (.importBatch(batch.id), "已开始导入 \(batch.total) 个文件")
        } reshow: { errors, status in
            try await startPage(req, text: "", errors: errors, status: status)
        }
    }

    @Sendable func batch(req: Request) async throws -> Response {
        let batch = try await ImportBatch.load(req.idParameter(), for: req.actor(), on: req.db)
        return req.render(ImportBatchViews.show(ImportBatchDTO(batch, now: req.tongxin.clock.now)))
    }

    @Sendable func start(req: Request) async throws -> Response {
        let actor = try req.actor()
        try ImportPermissions.require(.importReports, actor: actor)
        let (bytes, filename) = try ImportUpload.read(req)
        do {
            let (record, created) = try await req.tongxin.imports.start(
                bytes: bytes, filename: filename, by: actor, on: req.db)
            return req.redirect(to: .reportImport(record.id), flash: created ? "已读取，请核对后确认" : "这篇报道已经导入过，以下是当时的结果")
        } catch let error as DomainError {
            let text = filename == nil ? String(decoding: bytes.prefix(200_000), as: UTF8.self) : ""
            return try await startPage(req, text: text, errors: fieldErrors(error), status: status(error))
        }
    }

    @Sendable func show(req: Request) async throws -> Response {
        let record = try await ReportImport.load(req.idParameter(), for: req.actor(), on: req.db)
        return try await review(req, record, draft: try record.draft, errors: [])
    }

    @Sendable func confirm(req: Request) async throws -> Response {
        let actor = try req.actor()
        let record = try await ReportImport.load(req.idParameter(), for: actor, on: req.db)
        let draft = try Self.edited(try record.draft, from: try req.content.decode([String: String].self))
        do {
            let result = try await req.tongxin.imports.confirm(
                try record.requireID(), draft: draft, by: actor, on: req.db)
            return req.redirect(
                to: .plan(result.planId), flash: "已导入：会议、\(result.documentIds.count) 份文件和 \(result.taskIds.count) 项任务")
        } catch let error as DomainError {
            return try await review(req, record, draft: draft, errors: fieldErrors(error), status: status(error))
        }
    }

    private func review(
        _ req: Request, _ record: ReportImport, draft: ImportDraft, errors: [FieldError],
        status: HTTPStatus = .ok
    ) async throws -> Response {
        req.render(
            ImportViews.review(
                ImportRecord(record), draft: draft, units: try await OrgUnit.tree(includeInactive: false, on: req.db),
                today: req.tongxin.today, errors: errors), status: status)
    }

    /// The stored draft with the review form's edits (see ``ImportDraftForm``).
    static func edited(_ stored: ImportDraft, from form: [String: String]) throws -> ImportDraft {
        func value(_ key: String) -> String? { form[key]?.trimmingCharacters(in: .whitespacesAndNewlines) }
        func id(_ key: String) -> UUID? { value(key).flatMap(UUID.init(uuidString:)) }
        var draft = stored
        draft.meetingName = value("meeting_name") ?? stored.meetingName
        draft.kind = value("kind") ?? stored.kind
        draft.meetingDate = value("meeting_date").flatMap { $0.isEmpty ? nil : $0 } ?? stored.meetingDate
        draft.time = value("time")
        draft.place = value("place")
        draft.hostUnitId = id("host_unit_id")
        draft.planTitle = value("plan_title")
        draft.planPeriod = value("plan_period")
        draft.people = (stored.people ?? []).enumerated().compactMap { index, person in
            guard value("person-\(index)-drop") != "1" else { return nil }
            return ImportDraft.Person(
                name: value("person-\(index)-name") ?? person.name,
                position: value("person-\(index)-position") ?? person.position,
                roles: value("person-\(index)-roles").map {
                    $0.split(whereSeparator: { "、,， ".contains($0) }).map(String.init)
                }
                    ?? person.roles,
                unitId: id("person-\(index)-unit_id"))
        }
        draft.documents = (stored.documents ?? []).enumerated().compactMap { index, title in
            value("document-\(index)-drop") == "1" ? nil : (value("document-\(index)-title") ?? title)
        }
        draft.requirements = (stored.requirements ?? []).enumerated().map { index, requirement in
            var edited = requirement
            edited.drop = value("requirement-\(index)-drop") == "1"
            edited.title = value("requirement-\(index)-title") ?? requirement.title
            edited.leadUnitId = id("requirement-\(index)-lead_unit_id")
            edited.deadline = value("requirement-\(index)-deadline").flatMap { $0.isEmpty ? nil : $0 }
            return edited
        }
        return draft
    }
}
