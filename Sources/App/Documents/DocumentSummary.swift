import Domain
import Foundation

/// A document as its pages show it, in plain values.
struct DocumentSummary: Sendable {
    var id: UUID
    var title: String
    var number: String
    var kind: DocumentKind
    var day: String
    var body: String
    var issuerName: String?

    /// The most files a document keeps.
    static let maxFiles = DocumentAttachment.maxFiles
}

extension DocumentSummary {
    init(_ document: OfficialDocument, issuerName: String?) {
        self.init(
            id: document.id!, title: document.title, number: document.number, kind: document.kind, day: document.day,
            body: document.body, issuerName: issuerName)
    }
}
