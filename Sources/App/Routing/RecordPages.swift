import Vapor

/// The handlers of a kind of record's pages, registered together by
/// ``RoutesBuilder/recordPages(list:new:record:edit:_:)``.
struct RecordPages {
    typealias Handler = @Sendable (Request) async throws -> Response

    var index: Handler
    var new: Handler
    var create: Handler
    var show: Handler
    /// The edit form and its update; nil for records that are not edited on a form.
    var edit: Handler?
    var update: Handler?
}

extension RoutesBuilder {
    /// A kind of record's pages: its list (GET `list`), the new form (GET `new`), creating
    /// (POST `list`), a record's page (GET `record`) and, where given, its edit form (GET
    /// `edit`) and updating (POST `record`).
    func recordPages(list: Path, new: Path, record: Path, edit: Path? = nil, _ pages: RecordPages) {
        get(list, use: pages.index)
        get(new, use: pages.new)
        post(list, use: pages.create)
        get(record, use: pages.show)
        if let edit, let editForm = pages.edit, let update = pages.update {
            get(edit, use: editForm)
            post(record, use: update)
        }
    }
}
