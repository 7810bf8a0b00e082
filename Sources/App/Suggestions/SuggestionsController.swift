import Domain
import Fluent
import Vapor

/// Suggestion pages: the list, writing one (with co-signers), and its page, where each person
/// finds the step that is theirs (co-sign, accept and route, answer, review, rate).
struct SuggestionsController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(.suggestions, use: index)
        routes.get(.newSuggestion, use: new)
        routes.upload(.suggestions, maxSize: UploadLimit.suggestion, use: create)
        routes.get(.suggestion(nil), use: show)
        routes.get(.suggestionFigures(nil), use: figures)
        routes.get(.suggestionFigures(.xlsx), use: figuresXLSX)
        routes.get(.suggestionFile(nil), use: Self.download)
        routes.post(.deleteSuggestionFile(nil), use: deleteFile)
        for move in SuggestionMoves.all {
            routes.post(.suggestionMove(nil, move)) { req async throws -> Response in try await self.move(move, req) }
        }
    }

    @Sendable func index(req: Request) async throws -> Response {
        let actor = try req.actor()
        let query = try req.query.decode(ListQuery.self)
        let filter = query.filter(today: req.tongxin.today)
        if let format = query.format.flatMap(Path.SpreadsheetFormat.init(rawValue:)) {
            let all = try await Suggestion.visible(to: actor, filter, page: .export, on: req.db)
            return try SuggestionIndexView.spreadsheet(try await lines(all.items, on: req.db)).response(format)
        }
        let page = try await Suggestion.visible(
            to: actor, filter, page: ListPrint.pageRequest(format: query.format, page: query.page, defaultPer: 25),
            on: req.db)
        let units =
            SuggestionPermissions.can(.readAll, actor: actor)
            ? try await OrgUnit.tree(includeInactive: false, on: req.db) : []
        let rows = Page(items: try await lines(page.items, on: req.db), total: page.total, request: page.request)
        let waitingLabel = actor.role == .member ? "只看待我处理" : actor.role == .liaison ? "只看待本单位办理" : nil
        return req.render(
            ListPrint.marked(
                SuggestionIndexView.page(
                    rows, filter: filter, units: units, waitingLabel: waitingLabel,
                    canWrite: SuggestionPermissions.can(.submit, actor: actor),
                    canSeeFigures: SuggestionPermissions.can(.readAll, actor: actor)),
                format: query.format))
    }

    /// The list's rows: each suggestion with its sender's and lead unit's names, in two queries.
    private func lines(_ suggestions: [Suggestion], on db: any Database) async throws -> [SuggestionLine] {
        let names = try await OrgUnit.names(on: db)
        let leads = try await Suggestion.leadUnits(of: suggestions.compactMap(\.id), on: db)
        return suggestions.map { suggestion in
            SuggestionLine(
                suggestion, senderName: names[suggestion.$unit.id] ?? "",
                leadUnitName: leads[suggestion.id!].flatMap { names[$0] } ?? "")
        }
    }

    @Sendable func new(req: Request) async throws -> Response {
        try SuggestionPermissions.require(.submit, actor: req.actor())
        return try await form(req, SuggestionForm(), errors: [])
    }

    @Sendable func create(req: Request) async throws -> Response {
        let actor = try req.actor()
        let values = try req.content.decode(SuggestionForm.self)
        let commands = SuggestionCommands(clock: req.tongxin.clock)
        do {
            let suggestion = try await commands.create(
                values.draft, authorID: values.authorId.flatMap(UUID.init(uuidString:)),
                attachments: (values.files ?? []).attachmentUploads, by: actor, on: req.db)
            let id = try suggestion.requireID()
            guard values.action == "submit" else { return req.redirect(to: .suggestion(id), flash: "草稿已保存") }
            do {
                _ = try await commands.submit(
                    id, cosigners: (values.cosignerIds ?? []).compactMap(UUID.init(uuidString:)), by: actor, on: req.db)
            } catch let error as DomainError {
                req.flash(.error, "草稿已保存，但没有提交：\(error.description)")
                return req.redirect(to: Path.suggestion(id).string, redirectType: .normal)
            }
            return req.redirect(to: .suggestion(id), flash: "已提交")
        } catch let error as DomainError {
            return try await form(req, values, errors: fieldErrors(error), status: status(error))
        }
    }

    @Sendable func show(req: Request) async throws -> Response {
        req.render(SuggestionViews.show(try await .query(req.idParameter(), for: req.actor(), on: req.db)))
    }

    /// Each lead unit's figures for a year, for the yearly assessment.
    @Sendable func figures(req: Request) async throws -> Response {
        let year = try req.query.decode(YearQuery.self).year ?? req.tongxin.today.components.year
        return req.render(
            SuggestionFiguresView.page(try await SuggestionFigures.load(year: year, for: req.actor(), on: req.db)))
    }

    @Sendable func figuresXLSX(req: Request) async throws -> Response {
        let year = try req.query.decode(YearQuery.self).year ?? req.tongxin.today.components.year
        return try XLSXExport.response(
            SuggestionFiguresView.spreadsheet(
                try await SuggestionFigures.load(year: year, for: req.actor(), on: req.db)))
    }

    /// A suggestion's file, to whoever may see the suggestion (the page and the API).
    @Sendable static func download(req: Request) async throws -> Response {
        let file = try await SuggestionAttachment.readable(req.idParameter(), by: req.actor(), on: req.db)
        return .attachedFile(file.data, filename: file.filename)
    }

    @Sendable func deleteFile(req: Request) async throws -> Response {
        let suggestionID = try await SuggestionCommands(clock: req.tongxin.clock).detach(
            req.idParameter(), by: req.actor(), on: req.db)
        return req.redirect(to: .suggestion(suggestionID), flash: "附件已删除")
    }

    private func move(_ move: String, _ req: Request) async throws -> Response {
        let id = try req.idParameter()
        let body = try req.content.decode(SuggestionMoveBody.self)
        return try await req.runForm(back: { .suggestion(id) }) {
            // Out of the caller's sight after its own move (a send-back, a refused co-signature): the list.
            let stillReadable = try await SuggestionMoves.perform(move, on: id, body, req).stillReadable
            return (stillReadable ? .suggestion(id) : .suggestions, SuggestionMoves.done(move))
        }
    }

    private func form(_ req: Request, _ values: SuggestionForm, errors: [FieldError], status: HTTPStatus = .ok)
        async throws -> Response
    {
        let actor = try req.actor()
        let names = try await OrgUnit.names(on: req.db)
        let members = try await User.activeMembers(on: req.db)
            .filter { $0.id != actor.userID }.map {
                Choice(id: $0.id!, label: "\($0.displayName)（\(names[$0.$unit.id] ?? "")）")
            }
        return req.render(
            SuggestionViews.form(values, members: members, forOffice: actor.role == .admin, errors: errors),
            status: status)
    }
}
