import Domain
import Vapor

// Registering routes by ``Path``, the body limits of upload routes, and reading a route's id.

extension RoutesBuilder {
    @discardableResult
    func get<R: AsyncResponseEncodable>(_ path: Path, use handler: @Sendable @escaping (Request) async throws -> R)
        -> Route
    {
        on(.GET, path.components, use: handler)
    }

    @discardableResult
    func post<R: AsyncResponseEncodable>(_ path: Path, use handler: @Sendable @escaping (Request) async throws -> R)
        -> Route
    {
        on(.POST, path.components, use: handler)
    }

    /// A POST (or PUT) route that takes a larger body than the default (file uploads); the CSRF check
    /// reads the limit from the route, so it collects no more than the route allows.
    @discardableResult
    func upload<R: AsyncResponseEncodable>(
        _ path: Path, method: HTTPMethod = .POST, maxSize: Int,
        use handler: @Sendable @escaping (Request) async throws -> R
    ) -> Route {
        let route = on(method, path.components, body: .collect(maxSize: ByteCount(value: maxSize)), use: handler)
        route.userInfo[UploadLimit.key] = maxSize
        return route
    }

    @discardableResult
    func put<R: AsyncResponseEncodable>(_ path: Path, use handler: @Sendable @escaping (Request) async throws -> R)
        -> Route
    {
        on(.PUT, path.components, use: handler)
    }

    @discardableResult
    func delete<R: AsyncResponseEncodable>(_ path: Path, use handler: @Sendable @escaping (Request) async throws -> R)
        -> Route
    {
        on(.DELETE, path.components, use: handler)
    }

    @discardableResult
    func patch<R: AsyncResponseEncodable>(_ path: Path, use handler: @Sendable @escaping (Request) async throws -> R)
        -> Route
    {
        on(.PATCH, path.components, use: handler)
    }
}

/// Body limits of upload routes.
enum UploadLimit {
    /// Where a route keeps its limit for ``CSRFMiddleware``.
    static let key: AnySendableHashable = "tongxin.uploadLimit"
    /// A progress report: five files of 5 MB, the form, and base64's third more when the API
    /// sends them in JSON.
    static let report = 36 * 1024 * 1024
    /// A meeting report: up to 10 MB read (``ImportCommands/maxBytes``), with room for the
    /// form or for JSON escaping of pasted text.
    static let reportImport = 12 * 1024 * 1024
    /// Many meeting reports at once: ``ImportBatch/maxFiles`` files, 100 MB in all.
    static let reportBatch = 100 * 1024 * 1024
    /// A document with its files: ten of 5 MB and the form (or base64 in JSON).
    static let document = 70 * 1024 * 1024
    /// A suggestion with its files: five of 5 MB and the form (or base64 in JSON).
    static let suggestion = 36 * 1024 * 1024
}

extension Request {
    /// The `:id` parameter as a UUID, or 404 when it is not one.
    func idParameter() throws -> UUID {
        guard let raw = parameters.get(Path.idParameter), let id = UUID(uuidString: raw) else {
            throw Abort(.notFound)
        }
        return id
    }
}

extension Array where Element == File {
    /// The files of a multipart form's file input; an input left empty sends one empty part, which is dropped.
    var attachmentUploads: [AttachmentUpload] {
        filter { $0.data.readableBytes > 0 || !$0.filename.isEmpty }.map {
            AttachmentUpload(filename: $0.filename, bytes: Data(buffer: $0.data))
        }
    }
}
