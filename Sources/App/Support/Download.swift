import Foundation
import Vapor

extension Response {
    /// A file the browser saves rather than shows: `filename` (any script, RFC 5987 encoded)
    /// with an ASCII `fallback` for clients that read only the plain parameter.
    static func download(_ body: Response.Body, filename: String, fallback: String, contentType: HTTPMediaType)
        -> Response
    {
        var headers = HTTPHeaders()
        headers.contentType = contentType
        // RFC 5987: only ASCII letters, digits and -._~ go unescaped (Foundation's .alphanumerics
        // would let Chinese characters through raw).
        let encoded = filename.addingPercentEncoding(withAllowedCharacters: Self.rfc5987) ?? fallback
        headers.replaceOrAdd(
            name: .contentDisposition, value: "attachment; filename=\"\(fallback)\"; filename*=UTF-8''\(encoded)")
        return Response(status: .ok, headers: headers, body: body)
    }

    private static let rfc5987 = CharacterSet(
        charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~")

    /// A Word document made by Tongxin (see ``WordDocument``), as a download.
    static func word(_ document: WordDocument, filename: String, fallback: String) throws -> Response {
        .download(
            .init(data: try document.data()), filename: filename, fallback: fallback,
            contentType: HTTPMediaType(
                type: "application", subType: "vnd.openxmlformats-officedocument.wordprocessingml.document"))
    }

    /// An uploaded file, always as a download and never shown inline, so that what a user
    /// uploaded cannot render as a page of the application.
    static func attachedFile(_ data: Data, filename: String) -> Response {
        .download(.init(data: data), filename: filename, fallback: "attachment", contentType: .binary)
    }
}
