import FluentKit
import Foundation

extension AssessmentScheme {
    /// The schemes the actor may see, newest year first: drafts only for the office and leaders.
    public static func listed(for actor: Actor, on db: any Database) async throws -> [AssessmentScheme] {
        try AssessmentPermissions.require(.readOwn, actor: actor)
        let query = AssessmentScheme.query(on: db).sort(\.$year, .descending)
        if !AssessmentPermissions.can(.readAll, actor: actor) { query.filter(\.$status != .draft) }
        return try await query.all()
    }

    /// The scheme, if the actor may see it.
    public static func readable(_ id: UUID, by actor: Actor, on db: any Database) async throws -> AssessmentScheme {
        try AssessmentPermissions.require(.readOwn, actor: actor)
        let scheme = try await require(id, on: db)
        if scheme.status == .draft { try AssessmentPermissions.require(.readAll, actor: actor) }
        return scheme
    }

    /// May the actor see the whole ranking? The office and leaders always; others once published.
    public func rankingIsReadable(by actor: Actor) -> Bool {
        AssessmentPermissions.can(.readAll, actor: actor)
            || (AssessmentPermissions.can(.readPublished, actor: actor) && (status == .published || status == .final))
    }

    /// The actor's unit's card in this scheme, if it has one.
    public func card(of unitID: UUID?, on db: any Database) async throws -> AssessmentCard? {
        guard let unitID else { return nil }
        return try await AssessmentCard.query(on: db).filter(\.$scheme.$id == requireID()).filter(\.$unit.$id == unitID)
            .first()
    }
}

/// The ranking of a scheme with last year's results beside it.
public struct AssessmentRanking: Sendable {
    public let scheme: AssessmentScheme
    public let results: [UnitResult]
    /// Last year's result of each unit, when last year's scheme was published.
    public let lastYear: [UUID: UnitResult]

    public static func load(_ schemeID: UUID, for actor: Actor, today: CalendarDay, on db: any Database)
        async throws -> AssessmentRanking
    {
        let scheme = try await AssessmentScheme.readable(schemeID, by: actor, on: db)
        guard scheme.rankingIsReadable(by: actor) else { throw DomainError.forbidden("考核结果公示后才能查看排名") }
        let results = try await SchemeResults.load(scheme, asOf: today, on: db)
        var lastYear: [UUID: UnitResult] = [:]
        if let previous = try await AssessmentScheme.query(on: db).filter(\.$year == scheme.year - 1)
            .filter(\.$status ~~ [.published, .final]).first()
        {
            for result in try await SchemeResults.load(previous, asOf: today, on: db) {
                lastYear[result.unitID] = result
            }
        }
        return AssessmentRanking(scheme: scheme, results: results, lastYear: lastYear)
    }
}

/// One unit's scorecard: every indicator with its figure or self-assessment, review and
/// appeals, the adjustments, and the unit's result.
public struct Scorecard: Sendable {
    public struct Line: Sendable {
        public let entry: AssessmentEntry
        public let indicator: AssessmentIndicator
        public let tally: Tally?
        public let score: Points
        public let appeals: [AssessmentAppeal]
        /// The evidence files (names and sizes).
        public let files: [AttachmentInfo]
    }

    public let scheme: AssessmentScheme
    public let card: AssessmentCard
    public let unit: OrgUnit
    public let lines: [Line]
    public let adjustments: [AssessmentAdjustment]
    public let result: UnitResult?
    public let asOf: CalendarDay

    public static func load(_ cardID: UUID, for actor: Actor, today: CalendarDay, on db: any Database) async throws
        -> Scorecard
    {
        let (card, scheme) = try await readableCard(cardID, by: actor, on: db)
        let board = try await Scoreboard.load(scheme, cards: [cardID], asOf: today, on: db)
        let entries = board.entries[cardID] ?? []
        let appeals = Dictionary(
            grouping: entries.isEmpty
                ? []
                : try await AssessmentAppeal.query(on: db).filter(\.$entry.$id ~~ entries.map { $0.id! })
                    .sort(\.$filedAt).all(),
            by: { $0.$entry.id })
        let files = try await AssessmentAttachment.infos(of: entries.map { $0.id! }, on: db)
        let lines = entries.compactMap { entry -> Line? in
            guard let indicator = board.indicator(of: entry) else { return nil }
            return Line(
                entry: entry, indicator: indicator, tally: board.tally(of: entry), score: board.score(of: entry),
                appeals: appeals[entry.id!] ?? [], files: files[entry.id!] ?? [])
        }
        // The rank needs every card: only those who may see it pay for it.
        let result =
            scheme.rankingIsReadable(by: actor)
            ? try await SchemeResults.load(scheme, asOf: today, on: db).first { $0.cardID == cardID } : nil
        return Scorecard(
            scheme: scheme, card: card, unit: try await OrgUnit.require(card.$unit.id, on: db), lines: lines,
            adjustments: board.adjustments[cardID] ?? [], result: result, asOf: board.asOf)
    }
}

extension Scorecard {
    /// The card and its scheme, if the actor may read the card.
    static func readableCard(_ cardID: UUID, by actor: Actor, on db: any Database) async throws
        -> (AssessmentCard, AssessmentScheme)
    {
        let card = try await AssessmentCard.require(cardID, on: db)
        let scorers = Set(
            try await AssessmentIndicator.query(on: db).filter(\.$scheme.$id == card.$scheme.id).all()
                .compactMap(\.$scorerUnit.id))
        guard AssessmentPermissions.canRead(cardOf: card.$unit.id, actor: actor, scorers: scorers) else {
            throw DomainError.forbidden("只能查看本单位或本单位负责评分的考核评分表")
        }
        return (card, try await AssessmentScheme.readable(card.$scheme.id, by: actor, on: db))
    }
}

/// What waits for a scorer: submitted self-assessments of the indicators it scores, and, for
/// the office, appeals to answer.
public struct ScoringQueue: Sendable {
    public struct Item: Sendable {
        public let entryID: UUID
        public let cardID: UUID
        public let year: Int
        public let unitName: String
        public let indicatorName: String
        /// The appeal to answer; nil for a self-assessment to review.
        public let appealID: UUID?
    }

    public let items: [Item]

    public static func load(for actor: Actor, on db: any Database) async throws -> ScoringQueue {
        try AssessmentPermissions.require(.readOwn, actor: actor)
        let office = AssessmentPermissions.can(.manage, actor: actor)
        guard office || actor.role == .liaison else { return ScoringQueue(items: []) }
        let schemes = try await AssessmentScheme.query(on: db).filter(\.$status ~~ [.issued, .published]).all()
        guard !schemes.isEmpty else { return ScoringQueue(items: []) }
        let names = try await OrgUnit.names(on: db)
        var items: [Item] = []
        for scheme in schemes {
            let indicators = try await AssessmentIndicator.query(on: db).filter(\.$scheme.$id == scheme.requireID())
                .all()
                .filter { AssessmentPermissions.canScore(scorer: $0.$scorerUnit.id, actor: actor) }
            let byID = Dictionary(uniqueKeysWithValues: indicators.map { ($0.id!, $0) })
            let cards = Dictionary(
                uniqueKeysWithValues: try await AssessmentCard.query(on: db).filter(\.$scheme.$id == scheme.requireID())
                    .all().map { ($0.id!, $0) })
            guard !byID.isEmpty, !cards.isEmpty else { continue }
            let entries = try await AssessmentEntry.query(on: db).filter(\.$indicator.$id ~~ Array(byID.keys)).all()
            let appeals =
                office
                ? Dictionary(
                    try await AssessmentAppeal.open(in: scheme.requireID(), on: db).map { ($0.$entry.id, $0.id!) }
                ) { first, _ in first } : [:]
            for entry in entries where entry.state == .submitted || appeals[entry.id!] != nil {
                guard let card = cards[entry.$card.id], let indicator = byID[entry.$indicator.id] else { continue }
                items.append(
                    Item(
                        entryID: entry.id!, cardID: card.id!, year: scheme.year, unitName: names[card.$unit.id] ?? "",
                        indicatorName: indicator.name, appealID: appeals[entry.id!]))
            }
        }
        return ScoringQueue(
            items: items.sorted { ($0.year, $0.unitName, $0.indicatorName) < ($1.year, $1.unitName, $1.indicatorName) })
    }
}
