import Domain
import Foundation

/// A meeting as lists and headings name it.
struct MeetingSummary: Sendable {
    var id: UUID
    var name: String
    var day: String
    var kind: MeetingKind
    var hostUnitName: String
    var chair: String
    /// The meeting a series scheduled before it, if any.
    var isInSeries: Bool
}

extension MeetingViews {
    /// Everything a meeting's page shows, as plain values.
    struct ShowModel: Sendable {
        struct Participant: Sendable {
            var name: String
            var position: String
            var roles: [String]
            var unitName: String?
        }

        struct Invitation: Sendable {
            var unitName: String
            var attendance: Attendance
            var note: String
            var relayState: RelayState?
            var relayedOn: String?
            var relayText: String?
        }

        struct Topic: Sendable {
            var id: UUID
            var number: String
            var title: String
            var status: SuggestionStatus
            /// False for one seen only because it is published (its public page is the one to link).
            var readable: Bool
        }

        var id: UUID
        var name: String
        var kind: MeetingKind
        var day: String
        var time: String
        var place: String
        var hostUnitName: String?
        var chair: String
        var agenda: String
        var minutes: String
        var decisions: String
        var recurrence: MeetingRecurrence
        var relayDue: String?
        var previous: (id: UUID, day: String, name: String)?
        var next: (id: UUID, day: String, name: String)?
        var participants: [Participant]
        var invitations: [Invitation]
        /// The viewer's own unit's invitation, when the viewer answers for an invited unit.
        var ownInvitation: Invitation?
        var documents: [Choice]
        var plans: [Choice]
        var topics: [Topic]
        /// Suggestions the office may choose as topics (empty for anyone else).
        var candidates: [Choice]
        var today: CalendarDay
        var canManage: Bool
        var canChooseTopics: Bool
    }
}
