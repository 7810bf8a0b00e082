import Domain
import Foundation
import Vapor

/// Posts robot messages with the framework's HTTP client. A robot answers 200 with
/// `{"errcode": 0, …}` when it took the message; anything else is a failure to retry.
struct HTTPWebhookSender: WebhookSending {
    let client: any Client

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    func post(_ body: Data, to url: String) async throws {
        let response = try await client.post(URI(string: url)) { request in
            request.headers.contentType = .json
            request.body = ByteBuffer(data: body)
        }
        guard response.status == .ok else { throw Failure(description: "HTTP \(response.status.code)") }
        if let answer = try? response.content.decode(RobotAnswer.self), let code = answer.errcode, code != 0 {
            throw Failure(description: "errcode \(code): \(answer.errmsg ?? "")")
        }
    }

    private struct RobotAnswer: Decodable {
        let errcode: Int?
        let errmsg: String?
    }
}
