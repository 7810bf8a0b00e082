import Domain
import Fluent
import Vapor

/// `/api/v1` for meetings, documents and report imports: the same commands and checks as the pages.
struct MeetingsAPIController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(.api(.meetings), use: meetings)
        routes.post(.api(.meetings), use: createMeeting)
        routes.get(.api(.meeting(nil)), use: meeting)
        routes.put(.api(.meeting(nil)), use: updateMeeting)
        routes.delete(.api(.meeting(nil)), use: deleteMeeting)
        routes.post(.api(.meetingAttendance(nil)), use: respond)
        routes.post(.api(.meetingRelay(nil)), use: relay)
        routes.get(.api(.relays), use: relays)
        routes.get(.api(.documents), use: documents)
        routes.upload(.api(.documents), maxSize: UploadLimit.document, use: createDocument)
        routes.get(.api(.document(nil)), use: document)
        routes.upload(.api(.document(nil)), method: .PUT, maxSize: UploadLimit.document, use: updateDocument)
        routes.delete(.api(.document(nil)), use: deleteDocument)
        routes.get(.api(.documentFile(nil)), use: DocumentsController.download)
        routes.delete(.api(.documentFile(nil)), use: deleteDocumentFile)
        routes.upload(.api(.imports), maxSize: UploadLimit.reportImport, use: startImport)
        routes.get(.api(.reportImport(nil)), use: reportImport)
        routes.post(.api(.confirmImport(nil)), use: confirmImport)
        routes.upload(.api(.importBatchUploads), maxSize: UploadLimit.reportBatch, use: startBatch)
        routes.get(.api(.importBatchUpload(nil)), use: importBatch)
    }

    struct ListQuery: Content {
        var q: String?
        var kind: String?
        var page: Int?
        var per: Int?
    }

    @Sendable func meetings(req: Request) async throws -> ListDTO<MeetingDTO> {
        let query = try req.query.decode(ListQuery.self)
        let page = try await Meeting.list(words: query.q, kind: query.kind.flatMap(MeetingKind.init(rawValue:)), for: req.actor(),
                                          page: PageRequest(page: query.page, per: query.per), on: req.db)
        return ListDTO(items: page.items.map(MeetingDTO.init), total: page.total, page: page.request.page, per: page.request.per)
    }

    @Sendable func createMeeting(req: Request) async throws -> Response {
        let meeting = try await req.tongxin.meetings.create(req.content.decode(MeetingBody.self).input, by: req.actor(), on: req.db)
        return try await MeetingDTO(MeetingDetail.load(meeting.requireID(), for: req.actor(), on: req.db), today: req.tongxin.today)
            .encodeResponse(status: .created, for: req)
    }

    @Sendable func meeting(req: Request) async throws -> MeetingDTO {
        MeetingDTO(try await MeetingDetail.load(req.idParameter(), for: req.actor(), on: req.db), today: req.tongxin.today)
    }

    @Sendable func updateMeeting(req: Request) async throws -> MeetingDTO {
        let id = try req.idParameter()
        _ = try await req.tongxin.meetings.update(id, req.content.decode(MeetingBody.self).input, by: req.actor(), on: req.db)
        return MeetingDTO(try await MeetingDetail.load(id, for: req.actor(), on: req.db), today: req.tongxin.today)
    }

    @Sendable func deleteMeeting(req: Request) async throws -> HTTPStatus {
        try await req.tongxin.meetings.delete(req.idParameter(), by: req.actor(), on: req.db)
        return .noContent
    }

    struct AttendanceBody: Content {
        let attending: Bool
        let note: String?
    }

    /// The caller's unit confirms attendance or sends apologies.
    @Sendable func respond(req: Request) async throws -> MeetingDTO {
        let id = try req.idParameter()
        let body = try req.content.decode(AttendanceBody.self)
        _ = try await req.tongxin.meetings.respond(id, attending: body.attending, note: body.note ?? "", by: req.actor(), on: req.db)
        return MeetingDTO(try await MeetingDetail.load(id, for: req.actor(), on: req.db), today: req.tongxin.today)
    }

    /// The caller's unit reports how it relayed the meeting (传达落实).
    @Sendable func relay(req: Request) async throws -> MeetingDTO {
        let id = try req.idParameter()
        let body = try req.content.decode(RelayBody.self)
        _ = try await req.tongxin.meetings.reportRelay(id, relayedOn: body.relayedOn, text: body.text, by: req.actor(), on: req.db)
        return MeetingDTO(try await MeetingDetail.load(id, for: req.actor(), on: req.db), today: req.tongxin.today)
    }

    struct RelayQuery: Content {
        var overdue: Bool?
    }

    /// Relay reports of the meetings that ask for them; `overdue=true` for the missing ones past due.
    @Sendable func relays(req: Request) async throws -> [RelayDTO] {
        let query = try req.query.decode(RelayQuery.self)
        let today = req.tongxin.today
        let ledger = try await RelayLedger.load(for: req.actor(), overdueOnly: query.overdue ?? false, today: today, on: req.db)
        return ledger.rows.map { RelayDTO($0, today: today) }
    }

    @Sendable func documents(req: Request) async throws -> ListDTO<DocumentDTO> {
        let query = try req.query.decode(ListQuery.self)
        let page = try await OfficialDocument.list(words: query.q, kind: query.kind.flatMap(DocumentKind.init(rawValue:)),
                                                   for: req.actor(), page: PageRequest(page: query.page, per: query.per), on: req.db)
        return ListDTO(items: page.items.map { DocumentDTO($0) }, total: page.total, page: page.request.page, per: page.request.per)
    }

    @Sendable func createDocument(req: Request) async throws -> Response {
        let body = try req.content.decode(DocumentBody.self)
        let document = try await req.tongxin.documents.create(body.input, attachments: body.uploads(), by: req.actor(), on: req.db)
        return try await Self.documentDTO(document, on: req.db).encodeResponse(status: .created, for: req)
    }

    @Sendable func document(req: Request) async throws -> DocumentDTO {
        try await Self.documentDTO(OfficialDocument.load(req.idParameter(), for: req.actor(), on: req.db), on: req.db)
    }

    /// Replaces the document's fields; `attachments` are added to its files.
    @Sendable func updateDocument(req: Request) async throws -> DocumentDTO {
        let body = try req.content.decode(DocumentBody.self)
        return try await Self.documentDTO(req.tongxin.documents.update(req.idParameter(), body.input, attachments: body.uploads(),
                                                                               by: req.actor(), on: req.db), on: req.db)
    }

    private static func documentDTO(_ document: OfficialDocument, on db: any Database) async throws -> DocumentDTO {
        DocumentDTO(document, files: try await DocumentAttachment.infos(of: document.requireID(), on: db))
    }

    @Sendable func deleteDocumentFile(req: Request) async throws -> HTTPStatus {
        _ = try await req.tongxin.documents.deleteAttachment(req.idParameter(), by: req.actor(), on: req.db)
        return .noContent
    }

    @Sendable func deleteDocument(req: Request) async throws -> HTTPStatus {
        try await req.tongxin.documents.delete(req.idParameter(), by: req.actor(), on: req.db)
        return .noContent
    }

    /// Multipart `files[]` (and `draftsOnly`): 202 with the batch, read in the background.
    @Sendable func startBatch(req: Request) async throws -> Response {
        let actor = try req.actor()
        try MeetingPermissions.require(.importReports, actor: actor)
        let form = try req.content.decode(ImportBatchForm.self)
        let batch = try await req.tongxin.batches.start(form.uploads, draftsOnly: form.onlyDrafts, by: actor, app: req.application)
        return try await ImportBatchDTO(batch, now: req.tongxin.clock.now).encodeResponse(status: .accepted, for: req)
    }

    @Sendable func importBatch(req: Request) async throws -> ImportBatchDTO {
        ImportBatchDTO(try await ImportBatch.load(req.idParameter(), for: req.actor(), on: req.db), now: req.tongxin.clock.now)
    }

    /// JSON `{text}` or a multipart upload with `file`; 201 with the draft, or 200 with the
    /// earlier import when the same report was read before.
    @Sendable func startImport(req: Request) async throws -> Response {
        try MeetingPermissions.require(.importReports, actor: req.actor())
        let (bytes, filename) = try ImportUpload.read(req)
        let (record, created) = try await req.tongxin.imports.start(bytes: bytes, filename: filename, by: req.actor(), on: req.db)
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

/// What an import request carries: pasted text (a form field or JSON) or one file.
enum ImportUpload {
    struct Form: Content {
        var text: String?
        var file: File?
    }

    static func read(_ req: Request) throws -> (bytes: [UInt8], filename: String?) {
        if req.headers.contentType == .json {
            return (Array(try req.content.decode(ImportTextBody.self).text.utf8), nil)
        }
        let form = try req.content.decode(Form.self)
        if let file = form.file, file.data.readableBytes > 0 {
            return (Array(buffer: file.data), file.filename)
        }
        return (Array((form.text ?? "").utf8), nil)
    }
}

extension ReportImport.Result: Content {}
