import Domain
import Fluent
import Vapor

/// `/api/v1/assessments`: the same reads and moves as the pages, in JSON. Every write answers
/// with the record it changed, read back as its page shows it.
struct AssessmentsAPIController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(.api(.assessments), use: index)
        routes.post(.api(.assessments), use: create)
        routes.get(.api(.assessmentQueue), use: queue)
        routes.get(.api(.assessment(nil)), use: show)
        routes.post(.api(.assessment(nil)), use: update)
        routes.post(.api(.assessmentIndicators(nil)), use: addIndicator)
        for move in AssessmentMoves.schemeMoves {
            routes.post(.api(.assessmentMove(nil, move))) { req -> SchemePage in
                let id = try req.idParameter()
                let body = try? req.content.decode(AssessmentBodies.Scoring.self)
                _ = try await AssessmentMoves.moveScheme(req, id, move, asOf: body?.asOf)
                return try await SchemePage.load(id, req: req)
            }
        }
        routes.get(.api(.assessmentRanking(nil)), use: ranking)
        routes.post(.api(.indicator(nil)), use: updateIndicator)
        routes.delete(.api(.indicator(nil)), use: deleteIndicator)
        routes.get(.api(.scorecard(nil)), use: scorecard)
        routes.post(.api(.cardAdjustments(nil)), use: addAdjustment)
        routes.delete(.api(.adjustment(nil)), use: deleteAdjustment)
        routes.get(.api(.assessmentFile(nil)), use: AssessmentsController.download)
        routes.delete(.api(.assessmentFile(nil))) { req -> ScorecardSummary in
            try await ScorecardSummary.load(try await AssessmentMoves.removeFile(req, req.idParameter()), req: req)
        }
        for move in AssessmentMoves.entryMoves {
            let handler: @Sendable (Request) async throws -> ScorecardSummary = { req in
                let body = try req.content.decode(AssessmentBodies.Scoring.self)
                let card = try await AssessmentMoves.moveEntry(req, req.idParameter(), move, body)
                return try await ScorecardSummary.load(card, req: req)
            }
            // A self-assessment carries its evidence files (multipart, or base64 in JSON).
            if move == "self" {
                routes.upload(.api(.entryMove(nil, move)), maxSize: UploadLimit.report, use: handler)
            } else {
                routes.post(.api(.entryMove(nil, move)), use: handler)
            }
        }
        routes.get(.api(.entryRows(nil)), use: rows)
        routes.post(.api(.answerAppeal(nil)), use: answerAppeal)
    }

    @Sendable func index(req: Request) async throws -> ListDTO<SchemeSummary> {
        let schemes = try await AssessmentScheme.listed(for: req.actor(), on: req.db).map(SchemeSummary.init)
        return ListDTO(items: schemes, total: schemes.count)
    }

    @Sendable func create(req: Request) async throws -> Response {
        let scheme = try await AssessmentMoves.createScheme(req, try req.content.decode(AssessmentBodies.Scheme.self))
        return try await SchemePage.load(scheme.requireID(), req: req).encodeResponse(status: .created, for: req)
    }

    @Sendable func show(req: Request) async throws -> SchemePage {
        try await SchemePage.load(req.idParameter(), req: req)
    }

    @Sendable func update(req: Request) async throws -> SchemePage {
        let id = try req.idParameter()
        _ = try await AssessmentMoves.updateScheme(req, id, try req.content.decode(AssessmentBodies.Scheme.self))
        return try await SchemePage.load(id, req: req)
    }

    @Sendable func addIndicator(req: Request) async throws -> Response {
        let id = try req.idParameter()
        _ = try await AssessmentMoves.addIndicator(req, id, try req.content.decode(AssessmentBodies.Indicator.self))
        return try await SchemePage.load(id, req: req).encodeResponse(status: .created, for: req)
    }

    @Sendable func updateIndicator(req: Request) async throws -> SchemePage {
        let indicator = try await AssessmentMoves.updateIndicator(
            req, req.idParameter(), try req.content.decode(AssessmentBodies.Indicator.self))
        return try await SchemePage.load(indicator.$scheme.id, req: req)
    }

    @Sendable func deleteIndicator(req: Request) async throws -> SchemePage {
        try await SchemePage.load(try await AssessmentMoves.removeIndicator(req, req.idParameter()), req: req)
    }

    @Sendable func ranking(req: Request) async throws -> RankingSummary {
        try await RankingSummary.load(req.idParameter(), req: req)
    }

    @Sendable func scorecard(req: Request) async throws -> ScorecardSummary {
        try await ScorecardSummary.load(req.idParameter(), req: req)
    }

    @Sendable func addAdjustment(req: Request) async throws -> Response {
        let id = try req.idParameter()
        _ = try await AssessmentMoves.addAdjustment(req, id, try req.content.decode(AssessmentBodies.Scoring.self))
        return try await ScorecardSummary.load(id, req: req).encodeResponse(status: .created, for: req)
    }

    @Sendable func deleteAdjustment(req: Request) async throws -> ScorecardSummary {
        try await ScorecardSummary.load(try await AssessmentMoves.removeAdjustment(req, req.idParameter()), req: req)
    }

    @Sendable func rows(req: Request) async throws -> CountedRows {
        try await CountedRows.load(req.idParameter(), req: req)
    }

    @Sendable func answerAppeal(req: Request) async throws -> ScorecardSummary {
        let appeal = try await AssessmentMoves.answerAppeal(
            req, req.idParameter(), try req.content.decode(AssessmentBodies.Scoring.self))
        let entry = try await AssessmentEntry.require(appeal.$entry.id, on: req.db)
        return try await ScorecardSummary.load(entry.$card.id, req: req)
    }

    @Sendable func queue(req: Request) async throws -> ListDTO<QueueLine> {
        let items = try await ScoringQueue.load(for: req.actor(), on: req.db).items.map(QueueLine.init)
        return ListDTO(items: items, total: items.count)
    }
}
