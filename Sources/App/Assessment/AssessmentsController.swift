import Domain
import Fluent
import Vapor

/// The assessment's pages: the schemes and a new one, a scheme with its indicators and
/// cards, the scoring queue, a unit's scorecard, the rows behind a figure, the ranking; and
/// the forms that post to them (each move is an ``AssessmentMoves`` call, as in the API).
struct AssessmentsController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(.assessments, use: index)
        routes.post(.assessments, use: create)
        routes.get(.assessmentQueue, use: queue)
        routes.get(.assessment(nil), use: show)
        routes.post(.assessment(nil), use: update)
        routes.post(.assessmentIndicators(nil), use: addIndicator)
        for move in AssessmentMoves.schemeMoves {
            routes.post(.assessmentMove(nil, move)) { req in try await moveScheme(req, move) }
        }
        routes.get(.assessmentRanking(nil), use: ranking)
        routes.get(.editIndicator(nil), use: editIndicator)
        routes.post(.indicator(nil), use: updateIndicator)
        routes.post(.deleteIndicator(nil), use: deleteIndicator)
        routes.get(.scorecard(nil), use: scorecard)
        routes.post(.cardAdjustments(nil), use: addAdjustment)
        routes.post(.deleteAdjustment(nil), use: deleteAdjustment)
        for move in AssessmentMoves.entryMoves {
            let handler: @Sendable (Request) async throws -> Response = { req in try await moveEntry(req, move) }
            // A self-assessment carries its evidence files.
            if move == "self" {
                routes.upload(.entryMove(nil, move), maxSize: UploadLimit.report, use: handler)
            } else {
                routes.post(.entryMove(nil, move), use: handler)
            }
        }
        routes.get(.assessmentFile(nil), use: Self.download)
        routes.post(.deleteAssessmentFile(nil), use: deleteFile)
        routes.get(.entryRows(nil), use: rows)
        routes.post(.answerAppeal(nil), use: answerAppeal)
    }

    @Sendable func index(req: Request) async throws -> Response {
        let actor = try req.actor()
        let schemes = try await AssessmentScheme.listed(for: actor, on: req.db).map(SchemeSummary.init)
        return req.render(
            AssessmentViews.index(
                schemes, canManage: AssessmentPermissions.can(.manage, actor: actor),
                thisYear: req.tongxin.today.components.year))
    }

    @Sendable func create(req: Request) async throws -> Response {
        let body = try req.content.decode(AssessmentBodies.Scheme.self)
        return try await req.runForm(back: { .assessments }) {
            let scheme = try await AssessmentMoves.createScheme(req, body)
            return (.assessment(scheme.id), "已起草\(scheme.year)年度考核方案")
        }
    }

    @Sendable func show(req: Request) async throws -> Response {
        let page = try await SchemePage.load(req.idParameter(), req: req)
        if let format = req.query[String.self, at: "format"].flatMap(Path.SpreadsheetFormat.init(rawValue:)) {
            return try AssessmentViews.spreadsheet(page).response(format)
        }
        return try await req.renderWorkPage {
            let units = page.canManage ? try await OrgUnit.tree(includeInactive: false, on: req.db) : []
            return AssessmentViews.scheme(page, units: units)
        }
    }

    @Sendable func update(req: Request) async throws -> Response {
        let id = try req.idParameter()
        let body = try req.content.decode(AssessmentBodies.Scheme.self)
        return try await req.runForm(back: { .assessment(id) }) {
            _ = try await AssessmentMoves.updateScheme(req, id, body)
            return (.assessment(id), "方案已修改")
        }
    }

    @Sendable func addIndicator(req: Request) async throws -> Response {
        let id = try req.idParameter()
        let body = try req.content.decode(AssessmentBodies.Indicator.self)
        return try await req.runForm(back: { .assessment(id) }) {
            let indicator = try await AssessmentMoves.addIndicator(req, id, body)
            return (.assessment(id), "已添加指标“\(indicator.name)”")
        }
    }

    private func moveScheme(_ req: Request, _ move: String) async throws -> Response {
        let id = try req.idParameter()
        let asOf = try? req.content.get(String.self, at: "asOf")
        return try await req.runForm(back: { .assessment(id) }) {
            let scheme = try await AssessmentMoves.moveScheme(req, id, move, asOf: asOf)
            return (.assessment(id), "考核方案\(scheme.status.label)")
        }
    }

    @Sendable func ranking(req: Request) async throws -> Response {
        let format = req.query[String.self, at: "format"]
        if let spreadsheet = format.flatMap(Path.SpreadsheetFormat.init(rawValue:)) {
            return try RankingViews.spreadsheet(try await RankingSummary.load(req.idParameter(), req: req))
                .response(spreadsheet)
        }
        return try await req.renderWorkPage {
            ListPrint.marked(
                RankingViews.ranking(try await RankingSummary.load(req.idParameter(), req: req)), format: format)
        }
    }

    @Sendable func editIndicator(req: Request) async throws -> Response {
        try AssessmentPermissions.require(.manage, actor: req.actor())
        let indicator = try await AssessmentIndicator.require(req.idParameter(), on: req.db)
        let page = try await SchemePage.load(indicator.$scheme.id, req: req)
        let units = try await OrgUnit.tree(includeInactive: false, on: req.db)
        guard let summary = page.indicators.first(where: { $0.id == indicator.id }) else { throw Abort(.notFound) }
        return req.render(AssessmentForms.editIndicator(summary, scheme: page.scheme, units: units))
    }

    @Sendable func updateIndicator(req: Request) async throws -> Response {
        let id = try req.idParameter()
        let body = try req.content.decode(AssessmentBodies.Indicator.self)
        return try await req.runForm(back: { .editIndicator(id) }) {
            let indicator = try await AssessmentMoves.updateIndicator(req, id, body)
            return (.assessment(indicator.$scheme.id), "指标“\(indicator.name)”已修改")
        }
    }

    @Sendable func deleteIndicator(req: Request) async throws -> Response {
        let id = try req.idParameter()
        guard req.deletionConfirmed else {
            try AssessmentPermissions.require(.manage, actor: req.actor())
            let indicator = try await AssessmentIndicator.require(id, on: req.db)
            return req.render(
                Components.confirmDeletion(
                    "删除指标", crumbs: AssessmentViews.crumbs, question: "确定从方案中删除指标“\(indicator.name)”？",
                    delete: .deleteIndicator(id), cancel: .editIndicator(id)))
        }
        return try await req.runForm(back: { .editIndicator(id) }) {
            let schemeID = try await AssessmentMoves.removeIndicator(req, id)
            return (.assessment(schemeID), "指标已删除")
        }
    }

    @Sendable func scorecard(req: Request) async throws -> Response {
        let format = req.query[String.self, at: "format"]
        if let spreadsheet = format.flatMap(Path.SpreadsheetFormat.init(rawValue:)) {
            return try ScorecardViews.spreadsheet(try await ScorecardSummary.load(req.idParameter(), req: req))
                .response(spreadsheet)
        }
        return try await req.renderWorkPage {
            ListPrint.marked(
                ScorecardViews.card(try await ScorecardSummary.load(req.idParameter(), req: req)), format: format)
        }
    }

    @Sendable func addAdjustment(req: Request) async throws -> Response {
        let id = try req.idParameter()
        let body = try req.content.decode(AssessmentBodies.Scoring.self)
        return try await req.runForm(back: { .scorecard(id) }) {
            let adjustment = try await AssessmentMoves.addAdjustment(req, id, body)
            return (.scorecard(id), "已记\(adjustment.kind.label)")
        }
    }

    @Sendable func deleteAdjustment(req: Request) async throws -> Response {
        let id = try req.idParameter()
        return try await req.runForm(back: { .assessments }) {
            let cardID = try await AssessmentMoves.removeAdjustment(req, id)
            return (.scorecard(cardID), "已撤销")
        }
    }

    private func moveEntry(_ req: Request, _ move: String) async throws -> Response {
        let id = try req.idParameter()
        let body = try req.content.decode(AssessmentBodies.Scoring.self)
        let card = try await AssessmentEntry.require(id, on: req.db).$card.id
        let done = ["self": "自评已提交", "review": "审核意见已保存", "appeal": "申诉已提交"][move] ?? ""
        return try await req.runForm(back: { .scorecard(card) }) {
            _ = try await AssessmentMoves.moveEntry(req, id, move, body)
            return (.scorecard(card), done)
        }
    }

    @Sendable static func download(req: Request) async throws -> Response {
        let file = try await AssessmentAttachment.readable(req.idParameter(), by: req.actor(), on: req.db)
        return .attachedFile(file.data, filename: file.filename)
    }

    @Sendable func deleteFile(req: Request) async throws -> Response {
        let id = try req.idParameter()
        return try await req.runForm(back: { .assessments }) {
            (.scorecard(try await AssessmentMoves.removeFile(req, id)), "附件已删除")
        }
    }

    @Sendable func rows(req: Request) async throws -> Response {
        req.render(ScorecardViews.rows(try await CountedRows.load(req.idParameter(), req: req)))
    }

    @Sendable func answerAppeal(req: Request) async throws -> Response {
        let id = try req.idParameter()
        let body = try req.content.decode(AssessmentBodies.Scoring.self)
        let appeal = try await AssessmentAppeal.require(id, on: req.db)
        let card = try await AssessmentEntry.require(appeal.$entry.id, on: req.db).$card.id
        return try await req.runForm(back: { .scorecard(card) }) {
            let answered = try await AssessmentMoves.answerAppeal(req, id, body)
            return (.scorecard(card), answered.status == .upheld ? "申诉成立，得分已更正" : "已答复申诉")
        }
    }

    @Sendable func queue(req: Request) async throws -> Response {
        let queue = try await ScoringQueue.load(for: req.actor(), on: req.db)
        return req.render(RankingViews.queue(queue.items.map(QueueLine.init)))
    }
}

/// A line of the scoring queue.
struct QueueLine: Content {
    let year: Int
    let unitName: String
    let indicatorName: String
    let cardId: UUID
    let entryId: UUID
    let appealId: UUID?
    let kindLabel: String

    init(_ item: ScoringQueue.Item) {
        year = item.year
        unitName = item.unitName
        indicatorName = item.indicatorName
        cardId = item.cardID
        entryId = item.entryID
        appealId = item.appealID
        kindLabel = item.appealID == nil ? "自评待审核" : "申诉待答复"
    }
}
