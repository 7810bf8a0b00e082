import FluentKit
import Foundation

/// Each lead handling unit's figures for a year's suggestions, for the yearly assessment:
/// how many were routed to it, answered, answered on time, the A/B/C split of the answers,
/// and the signers' satisfaction.
public struct SuggestionFigures: Sendable {
    public struct Row: Sendable, Equatable {
        public let unitID: UUID
        public let unitName: String
        public var routed = 0
        /// Whose first answer went to the senders.
        public var answered = 0
        public var onTime = 0
        public var classA = 0
        public var classB = 0
        public var classC = 0
        public var satisfied = 0
        public var basicallySatisfied = 0
        public var dissatisfied = 0

        /// Answered on time, of those routed; nil when none were.
        public var onTimeRate: Double? { routed == 0 ? nil : Double(onTime) / Double(routed) }
        /// 满意率: satisfied and basically satisfied, of all ratings; nil before any rating.
        public var satisfactionRate: Double? {
            let ratings = satisfied + basicallySatisfied + dissatisfied
            return ratings == 0 ? nil : Double(satisfied + basicallySatisfied) / Double(ratings)
        }
    }

    public let year: Int
    /// By unit name.
    public let rows: [Row]

    /// The figures of the suggestions submitted in `year`, for the office and leaders.
    public static func load(year: Int, for actor: Actor, on db: any Database) async throws -> SuggestionFigures {
        try SuggestionPermissions.require(.readAll, actor: actor)
        let start = CalendarDay(year: year, month: 1, day: 1)!
        let end = CalendarDay(year: year + 1, month: 1, day: 1)!
        let suggestions = try await Suggestion.query(on: db).filter(\.$submittedAt >= start.startDate)
            .filter(\.$submittedAt < end.startDate).all()
        let byID = Dictionary(uniqueKeysWithValues: suggestions.map { ($0.id!, $0) })
        guard !byID.isEmpty else { return SuggestionFigures(year: year, rows: []) }
        let leadUnits = try await Suggestion.leadUnits(of: Array(byID.keys), on: db)
        let ratings = Dictionary(
            grouping: try await SuggestionSigner.query(on: db).filter(\.$suggestion.$id ~~ Array(byID.keys))
                .filter(\.$state == .confirmed).all(), by: { $0.$suggestion.id })
        let names = try await OrgUnit.names(on: db)
        var rows: [UUID: Row] = [:]
        for (suggestionID, unitID) in leadUnits {
            guard let suggestion = byID[suggestionID] else { continue }
            var row = rows[unitID] ?? Row(unitID: unitID, unitName: names[unitID] ?? "")
            row.routed += 1
            if suggestion.answeredAt != nil {
                row.answered += 1
                if suggestion.answeredOnTime == true { row.onTime += 1 }
                switch suggestion.answerClass {
                case .a: row.classA += 1
                case .b: row.classB += 1
                case .c: row.classC += 1
                case nil: break
                }
            }
            for signer in ratings[suggestion.id!] ?? [] {
                switch signer.rating {
                case .satisfied: row.satisfied += 1
                case .basicallySatisfied: row.basicallySatisfied += 1
                case .dissatisfied: row.dissatisfied += 1
                case nil: break
                }
            }
            rows[unitID] = row
        }
        return SuggestionFigures(year: year, rows: rows.values.sorted { $0.unitName < $1.unitName })
    }
}
