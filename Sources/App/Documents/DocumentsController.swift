import Domain
import Fluent
import Vapor

/// Document pages: the list, the document, and the office's form.
struct DocumentsController {

    func register(_ routes: any RoutesBuilder) {
        routes.get(.documents, use: index)
        routes.get(.newDocument, use: new)
        routes.upload(.documents, maxSize: UploadLimit.document, use: create)
        routes.get(.document(nil), use: show)
        routes.get(.editDocument(nil), use: edit)
        routes.upload(.document(nil), maxSize: UploadLimit.document, use: update)
        routes.post(.deleteDocument(nil), use: delete)
        routes.get(.documentFile(nil), use: Self.download)
        routes.post(.deleteDocumentFile(nil), use: deleteFile)
    }

    /// A document's file, to whoever may read documents (the page and the API).
    @Sendable static func download(req: Request) async throws -> Response {
        let file = try await DocumentAttachment.readable(req.idParameter(), by: req.actor(), on: req.db)
        return .attachedFile(file.data, filename: file.filename)
    }

    @Sendable func deleteFile(req: Request) async throws -> Response {
        let documentID = try await req.tongxin.documents.deleteAttachment(
            req.idParameter(), by: req.actor(), on: req.db)
        return req.redirect(to: .document(documentID), flash: "附件已删除")
    }

    @Sendable func index(req: Request) async throws -> Response {
        let actor = try req.actor()
        let query = try req.query.decode(SearchQuery.self)
        let page = try await OfficialDocument.list(
            words: query.q, kind: query.kind.flatMap(DocumentKind.init(rawValue:)), for: actor,
            page: PageRequest(page: query.page, defaultPer: 25), on: req.db)
        let names = try await OrgUnit.names(on: req.db)
        let documents = page.map { DocumentSummary($0, issuerName: $0.$issuingUnit.id.flatMap { names[$0] }) }
        return req.render(
            DocumentViews.index(
                documents, query: query,
                canManage: DocumentPermissions.can(.manage, actor: actor)))
    }

    @Sendable func new(req: Request) async throws -> Response {
        try DocumentPermissions.require(.manage, actor: req.actor())
        var values = DocumentForm()
        values.meetingId = req.query[String.self, at: "meetingId"]
        return try await form(req, values, editing: nil, errors: [])
    }

    @Sendable func create(req: Request) async throws -> Response {
        try DocumentPermissions.require(.manage, actor: req.actor())
        let values = try req.content.decode(DocumentForm.self)
        return try await req.saveForm {
            let document = try await req.tongxin.documents.create(
                values.input, attachments: values.uploads, by: req.actor(),
                on: req.db)
            return (.document(document.id), "已登记《\(document.title)》")
        } reshow: { errors, status in
            try await form(req, values, editing: nil, errors: errors, status: status)
        }
    }

    @Sendable func show(req: Request) async throws -> Response {
        let actor = try req.actor()
        let document = try await OfficialDocument.load(req.idParameter(), for: actor, on: req.db)
        let issuer = try await document.$issuingUnit.get(on: req.db)?.name
        let meeting = try await document.$meeting.get(on: req.db).map { Choice(id: $0.id!, label: $0.name) }
        let plan = try await document.$plan.get(on: req.db).map { Choice(id: $0.id!, label: $0.title) }
        return req.render(
            DocumentViews.show(
                DocumentSummary(document, issuerName: issuer), meeting: meeting, plan: plan,
                files: try await DocumentAttachment.infos(of: document.requireID(), on: req.db),
                canManage: DocumentPermissions.can(.manage, actor: actor)))
    }

    @Sendable func edit(req: Request) async throws -> Response {
        let actor = try req.actor()
        try DocumentPermissions.require(.manage, actor: actor)
        let document = try await OfficialDocument.load(req.idParameter(), for: actor, on: req.db)
        return try await form(req, DocumentForm(document), editing: document.id, errors: [])
    }

    private func files(_ req: Request, editing: UUID?) async throws -> [AttachmentInfo] {
        guard let editing else { return [] }
        return try await DocumentAttachment.infos(of: editing, on: req.db)
    }

    @Sendable func update(req: Request) async throws -> Response {
        try DocumentPermissions.require(.manage, actor: req.actor())
        let id = try req.idParameter()
        let values = try req.content.decode(DocumentForm.self)
        return try await req.saveForm {
            _ = try await req.tongxin.documents.update(
                id, values.input, attachments: values.uploads, by: req.actor(), on: req.db)
            return (.document(id), "已保存")
        } reshow: { errors, status in
            try await form(req, values, editing: id, errors: errors, status: status)
        }
    }

    /// Without `confirm=1`, shows the confirmation page; with it, deletes.
    @Sendable func delete(req: Request) async throws -> Response {
        try DocumentPermissions.require(.manage, actor: req.actor())
        let id = try req.idParameter()
        guard req.deletionConfirmed else {
            return req.render(
                DocumentViews.confirmDelete(
                    DocumentSummary(
                        try await OfficialDocument.require(id, on: req.db),
                        issuerName: nil)))
        }
        // Refused (a task cites it): back to the document with the reason.
        return try await req.runForm(back: { .document(id) }) {
            try await req.tongxin.documents.delete(id, by: req.actor(), on: req.db)
            return (.documents, "文件已删除")
        }
    }

    private func form(
        _ req: Request, _ values: DocumentForm, editing: UUID?, errors: [FieldError],
        status: HTTPStatus = .ok
    ) async throws -> Response {
        let meetings = try await Meeting.query(on: req.db).sort(\.$day, .descending).limit(200).all()
            .map { Choice(id: $0.id!, label: "\($0.day) \($0.name)") }
        let plans = try await Plan.newestFirst(on: req.db).map { Choice(id: $0.id!, label: $0.title) }
        return req.render(
            DocumentViews.form(
                values, editing: editing, units: try await OrgUnit.tree(on: req.db), meetings: meetings,
                plans: plans, files: try await files(req, editing: editing),
                errors: errors), status: status)
    }
}
