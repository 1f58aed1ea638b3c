using System.ComponentModel.DataAnnotations;

namespace SearchService.Api.Hosting;

/// <summary>
/// The <c>Shutdown</c> section: how a stopping replica leaves its load balancer without failing a request. On SIGTERM
/// it answers 503 at /readyz and keeps serving for <see cref="DrainSeconds"/>, long enough for the balancer's health
/// check to notice (HAProxy's <c>inter 1s fall 2</c> in deploy/haproxy needs about 2 s, Kubernetes' readiness probe
/// <c>periodSeconds × failureThreshold</c>); then the server stops taking connections, finishes what is in flight
/// and the worker commits, within <see cref="FinishSeconds"/>.
/// </summary>
public sealed class ShutdownOptions
{
    public const string Section = "Shutdown";

    /// <summary>Seconds between SIGTERM and the server closing, while /readyz answers 503 and requests are served;
    /// 0 stops at once (a single instance with no balancer in front, or tests).</summary>
    [Range(0, 300)]
    public int DrainSeconds { get; set; } = 5;

    /// <summary>Seconds the in-flight requests and the worker's final commit get after the drain, before the host
    /// gives up waiting on them.</summary>
    [Range(1, 600)]
    public int FinishSeconds { get; set; } = 20;
}
