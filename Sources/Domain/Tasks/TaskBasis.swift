import FluentKit
import Foundation

/// What a task cites as its basis (依据): the meeting that deployed it, the document it comes
/// from, or both. Shown in the responsibility table and on the task's page.
public struct TaskBasis: Sendable {
    /// A cited meeting or document: its id and how it is named in a table.
    public struct Citation: Sendable {
        public let id: UUID
        public let label: String
    }

    public let meeting: Citation?
    public let document: Citation?

    /// Nothing cited.
    public static let none = TaskBasis(meeting: nil, document: nil)

    /// “《document》（文号）；meeting（day）”, or empty.
    public var label: String {
        [document?.label, meeting?.label].compactMap { $0 }.joined(separator: "；")
    }

    /// The bases of `tasks` by task id, read in two queries.
    static func load(for tasks: [WorkTask], on db: any Database) async throws -> [UUID: TaskBasis] {
        let meetingIDs = Set(tasks.compactMap(\.$sourceMeeting.id))
        let documentIDs = Set(tasks.compactMap(\.$sourceDocument.id))
        var meetings: [UUID: Citation] = [:]
        var documents: [UUID: Citation] = [:]
        if !meetingIDs.isEmpty {
            for meeting in try await Meeting.query(on: db).filter(\.$id ~~ Array(meetingIDs)).all() {
                meetings[meeting.id!] = Citation(id: meeting.id!, label: "\(meeting.name)（\(meeting.day)）")
            }
        }
        if !documentIDs.isEmpty {
            for document in try await OfficialDocument.query(on: db).filter(\.$id ~~ Array(documentIDs)).all() {
                let number = document.number.isEmpty ? "" : "（\(document.number)）"
                documents[document.id!] = Citation(id: document.id!, label: "《\(document.title)》\(number)")
            }
        }
        var bases: [UUID: TaskBasis] = [:]
        for task in tasks where task.$sourceMeeting.id != nil || task.$sourceDocument.id != nil {
            bases[task.id!] = TaskBasis(
                meeting: task.$sourceMeeting.id.flatMap { meetings[$0] },
                document: task.$sourceDocument.id.flatMap { documents[$0] })
        }
        return bases
    }
}
