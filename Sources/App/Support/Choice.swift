import Foundation

/// One option of a form's list: a record's id and how the list names it; `owner` is the
/// record it belongs to where the list is narrowed by another (a plan's areas).
struct Choice: Sendable, Equatable {
    var id: UUID
    var label: String
    var owner: UUID?

    init(id: UUID, label: String, owner: UUID? = nil) {
        self.id = id
        self.label = label
        self.owner = owner
    }

    /// The option as a select takes it.
    var option: (value: String, label: String) { (value: id.uuidString.lowercased(), label: label) }
}
