import FluentKit
import Foundation

extension TodoList {
    /// A leader: red tasks without an instruction since they turned red, and key suggestions
    /// without one.
    static func leader(_ actor: Actor, today: CalendarDay, on db: any Database) async throws -> [TodoItem] {
        let red = try await WorkTask.query(on: db).filter(\.$light == .red)
            .filter(\.$status ~~ [.notStarted, .inProgress]).sort(\.$redSince).range(..<maxPerKind).all()
        let instructed = try await TaskEvent.query(on: db).filter(\.$task.$id ~~ red.compactMap(\.id))
            .filter(\.$kind == .instruction).all()
        let lastInstruction = Dictionary(grouping: instructed, by: \.$task.id).mapValues { $0.map(\.at).max()! }
        let names = try await OrgUnit.names(on: db)
        var items = red.filter { task in
            guard let last = lastInstruction[task.id!] else { return true }
            // An instruction written before the task last turned red answered an earlier state.
            return CalendarDay(last).description < (task.redSince ?? "")
        }.map { task in
            TodoItem(
                kind: .taskToInstruct, title: task.title, detail: names[task.$leadUnit.id] ?? "",
                since: task.redSince ?? "", due: task.deadline, subject: .task(task.id!))
        }
        items += try await suggestions(
            .suggestionToInstruct, SuggestionFilter(keyWithoutInstruction: true), for: actor, since: \.submittedAt,
            due: \.answerDue, on: db)
        return items
    }

    /// A party member: invitations to co-sign and answers to rate.
    static func member(_ actor: Actor, on db: any Database) async throws -> [TodoItem] {
        try await suggestions(
            .cosignature, SuggestionFilter(status: .cosigning, waitingForReader: true), for: actor,
            since: \.updatedAt, on: db)
            + suggestions(
                .rating, SuggestionFilter(status: .answered, waitingForReader: true), for: actor, since: \.updatedAt,
                on: db)
    }
}
