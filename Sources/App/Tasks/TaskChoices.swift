import Domain
import Fluent
import Foundation

/// The options of the task list's filters.
struct TaskListChoices: Sendable {
    let plans: [Choice]
    let units: [UnitTreeEntry]
    /// Each with its plan as the owner.
    let areas: [Choice]

    static func load(for actor: Actor, on db: any Database) async throws -> TaskListChoices {
        TaskListChoices(
            plans: try await Plan.newestFirst(on: db).map { Choice(id: $0.id!, label: $0.title) },
            units: try await OrgUnit.tree(on: db),
            areas: try await PlanArea.query(on: db).sort(\.$sortOrder).all()
                .map { Choice(id: $0.id!, label: $0.title, owner: $0.$plan.id) })
    }
}

/// The options of the task form: plans, the chosen plan's areas and key tasks, and units.
struct TaskFormChoices: Sendable {
    let plans: [Choice]
    let areas: [Choice]
    let keyTasks: [Choice]
    let units: [UnitTreeEntry]
    /// Meetings and documents to cite as the basis (依据), newest first.
    let meetings: [Choice]
    let documents: [Choice]

    /// How many meetings and documents the form offers; older ones are cited through the API.
    static let citationChoices = 300

    /// The choices, with the meeting and document the task cites among them even when older
    /// than the newest ``citationChoices`` (saving the form must not drop a citation).
    static func load(planID: UUID?, citing: (meeting: UUID?, document: UUID?), on db: any Database) async throws
        -> TaskFormChoices
    {
        var areas: [PlanArea] = []
        var keys: [WorkTask] = []
        if let planID {
            areas = try await PlanArea.query(on: db).filter(\.$plan.$id == planID).sort(\.$sortOrder).all()
            keys = try await WorkTask.query(on: db).filter(\.$plan.$id == planID).filter(\.$parent.$id == nil)
                .sort(\.$sortOrder).range(..<1000).all()
        }
        var meetings = try await Meeting.query(on: db).sort(\.$day, .descending).range(..<citationChoices).all()
        if let cited = citing.meeting, !meetings.contains(where: { $0.id == cited }),
            let meeting = try await Meeting.find(cited, on: db)
        {
            meetings.append(meeting)
        }
        var documents = try await OfficialDocument.query(on: db).sort(\.$createdAt, .descending).range(
            ..<citationChoices
        ).all()
        if let cited = citing.document, !documents.contains(where: { $0.id == cited }),
            let document = try await OfficialDocument.find(cited, on: db)
        {
            documents.append(document)
        }
        return TaskFormChoices(
            plans: try await Plan.newestFirst(on: db).map {
                Choice(id: $0.id!, label: "\($0.title)（\($0.period.label)）")
            },
            areas: areas.map { Choice(id: $0.id!, label: $0.title) },
            keyTasks: keys.map { Choice(id: $0.id!, label: $0.title) },
            units: try await OrgUnit.tree(on: db),
            meetings: meetings.map { Choice(id: $0.id!, label: "\($0.day) \($0.name)") },
            documents: documents.map {
                Choice(id: $0.id!, label: "《\($0.title)》" + ($0.number.isEmpty ? "" : " \($0.number)"))
            })
    }
}
