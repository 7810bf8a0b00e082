import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1

/// A response as a test sees it.
public struct TestResponse: Sendable {
    public let status: Int
    public let headers: HTTPHeaders
    /// The body as text (UTF-8; binary bodies are read through ``bytes``).
    public var body: String { String(decoding: bytes, as: UTF8.self) }
    public let bytes: [UInt8]

    public init(status: Int, headers: HTTPHeaders, bytes: [UInt8]) {
        self.status = status
        self.headers = headers
        self.bytes = bytes
    }

    /// The `Location` header of a redirect.
    public var location: String? { headers.first(name: "Location") }

    /// Decodes the body as JSON (dates in ISO 8601).
    public func json<T: Decodable>(_ type: T.Type = T.self) throws -> T {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return try decoder.decode(T.self, from: Data(body.utf8))
    }

    /// The body as a JSON object.
    public func object() throws -> [String: Any] {
        (try JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any]) ?? [:]
    }

    /// The body as a JSON array of objects.
    public func array() throws -> [[String: Any]] {
        (try JSONSerialization.jsonObject(with: Data(body.utf8)) as? [[String: Any]]) ?? []
    }
}

/// An HTTP client over real sockets with a cookie jar, like a browser without JavaScript:
/// it does not follow redirects, so tests see them.
public final class TestClient: @unchecked Sendable {
    public let baseURL: String
    private var cookies: [String: String] = [:]
    private let lock = NSLock()
    /// The CSRF token found in the last HTML page fetched.
    public private(set) var csrfToken: String?

    /// One connection pool for all tests; redirects are returned, never followed.
    private static let http = HTTPClient(
        eventLoopGroup: HTTPClient.defaultEventLoopGroup,
        configuration: HTTPClient.Configuration(redirectConfiguration: .disallow))

    public init(baseURL: String) {
        self.baseURL = baseURL
    }

    /// A client for another server with this one's cookies and CSRF token: the same browser
    /// session, sent to another node behind the load balancer.
    public func sameBrowser(at otherBaseURL: String) -> TestClient {
        let other = TestClient(baseURL: otherBaseURL)
        lock.withLock { other.cookies = cookies }
        other.csrfToken = csrfToken
        return other
    }

    /// Sends a request; `headers` are added to the cookie header.
    public func request(
        _ method: HTTPMethod, _ path: String, headers: [(String, String)] = [],
        body: Data? = nil, contentType: String? = nil
    ) async throws -> TestResponse {
        var request = HTTPClientRequest(url: baseURL + path)
        request.method = method
        let cookieHeader = lock.withLock { cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; ") }
        if !cookieHeader.isEmpty { request.headers.add(name: "Cookie", value: cookieHeader) }
        for (name, value) in headers { request.headers.add(name: name, value: value) }
        if let body {
            request.body = .bytes(ByteBuffer(data: body))
            if let contentType { request.headers.add(name: "Content-Type", value: contentType) }
        }
        // Generous: the whole suite runs in parallel on two cores, and under PostgreSQL a handler
        // can wait its turn for many seconds. A hang still fails, only later.
        let response = try await Self.http.execute(request, timeout: .seconds(120))
        let buffer = try await response.body.collect(upTo: 32 << 20)
        let bytes = Array(buffer.readableBytesView)
        storeCookies(response.headers)
        let result = TestResponse(status: Int(response.status.code), headers: response.headers, bytes: bytes)
        if let token = Self.extractCSRF(result.body) { csrfToken = token }
        return result
    }

    public func get(_ path: String, headers: [(String, String)] = []) async throws -> TestResponse {
        try await request(.GET, path, headers: headers)
    }

    /// Posts a URL-encoded form, adding the page's CSRF token unless told not to.
    public func post(_ path: String, form: [(String, String)], csrf: Bool = true) async throws -> TestResponse {
        var fields = form
        if csrf {
            if csrfToken == nil { _ = try await get("/signin") }
            if let csrfToken { fields.append(("_csrf", csrfToken)) }
        }
        var components = URLComponents()
        components.queryItems = fields.map { URLQueryItem(name: $0.0, value: $0.1) }
        let encoded = (components.percentEncodedQuery ?? "").replacingOccurrences(of: "+", with: "%2B")
        return try await request(
            .POST, path, body: Data(encoded.utf8), contentType: "application/x-www-form-urlencoded")
    }

    /// Sends JSON with a bearer token (or with the session and its CSRF header when `token` is nil).
    public func json(_ method: HTTPMethod, _ path: String, token: String?, body: Any? = nil) async throws
        -> TestResponse
    {
        var headers: [(String, String)] = [("Accept", "application/json")]
        if let token {
            headers.append(("Authorization", "Bearer \(token)"))
        } else if let csrfToken {
            headers.append(("X-CSRF-Token", csrfToken))
        }
        let data = try body.map { try JSONSerialization.data(withJSONObject: $0) }
        return try await request(
            method, path, headers: headers, body: data, contentType: data == nil ? nil : "application/json")
    }

    /// Posts a multipart form with one file, as a browser's file upload does.
    public func upload(
        _ path: String, file: [UInt8], filename: String, field: String = "file",
        fields: [(String, String)] = []
    ) async throws -> TestResponse {
        try await upload(path, files: [(field, filename, file)], fields: fields)
    }

    /// Posts a multipart form with several files (`field`, `filename`, bytes) and the page's CSRF token.
    public func upload(
        _ path: String, files: [(field: String, filename: String, bytes: [UInt8])],
        fields: [(String, String)] = []
    ) async throws -> TestResponse {
        let boundary = "----tongxin-test-\(UUID().uuidString)"
        var body = Data()
        func append(_ text: String) { body.append(Data(text.utf8)) }
        for (name, value) in fields + [("_csrf", csrfToken ?? "")] {
            append("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n")
        }
        for file in files {
            append(
                "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(file.field)\"; filename=\"\(file.filename)\"\r\n"
            )
            append("Content-Type: application/octet-stream\r\n\r\n")
            body.append(Data(file.bytes))
            append("\r\n")
        }
        append("--\(boundary)--\r\n")
        return try await request(.POST, path, body: body, contentType: "multipart/form-data; boundary=\(boundary)")
    }

    /// Signs in through the form; throws unless the server redirects away from the form.
    public func signIn(username: String, password: String) async throws {
        _ = try await get("/signin")
        let response = try await post("/signin", form: [("username", username), ("password", password)])
        guard response.status == 303 else {
            throw FixtureError("sign-in as \(username) failed with status \(response.status)")
        }
        _ = try await get("/")
    }

    /// Forgets all cookies (a new browser).
    public func clearCookies() {
        lock.withLock { cookies.removeAll() }
        csrfToken = nil
    }

    /// The value of a cookie the server set, if any.
    public func cookie(_ name: String) -> String? {
        lock.withLock { cookies[name] }
    }

    private func storeCookies(_ headers: HTTPHeaders) {
        lock.withLock {
            for header in headers[canonicalForm: "Set-Cookie"] {
                let pair = header.split(separator: ";", maxSplits: 1)[0]
                let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
                guard parts.count == 2 else { continue }
                let expired =
                    header.lowercased().contains("expires=thu, 01 jan 1970")
                    || header.lowercased().contains("max-age=0")
                if expired || parts[1].isEmpty { cookies[parts[0]] = nil } else { cookies[parts[0]] = parts[1] }
            }
        }
    }

    static func extractCSRF(_ html: String) -> String? {
        guard let range = html.range(of: "name=\"_csrf\" value=\"") else { return nil }
        let rest = html[range.upperBound...]
        guard let end = rest.firstIndex(of: "\"") else { return nil }
        return String(rest[..<end])
    }
}
