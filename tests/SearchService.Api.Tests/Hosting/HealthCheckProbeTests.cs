using System.Net;
using System.Net.Sockets;
using SearchService.Api.Hosting;
using SearchService.Api.Tests.Infrastructure;

namespace SearchService.Api.Tests.Hosting;

public sealed class HealthCheckProbeTests
{
    [Theory]
    [InlineData(null, 8080)]
    [InlineData("", 8080)]
    [InlineData("8080", 8080)]
    [InlineData("5000;5001", 5000)]
    [InlineData(" 9090 , 9091", 9090)]
    [InlineData("not-a-port", 8080)]
    [InlineData("70000", 8080)]
    public void Port_IsTheFirstConfiguredHttpPort_Or8080(string? httpPorts, int expected) =>
        Assert.Equal(expected, HealthCheckProbe.Port(httpPorts));

    [Fact]
    public void IsRequested_OnlyForTheExactArgument()
    {
        Assert.True(HealthCheckProbe.IsRequested(["--healthcheck"]));
        Assert.False(HealthCheckProbe.IsRequested(["--urls", "http://127.0.0.1:0"]));
    }

    [Fact]
    public async Task Probe_OfAReadyService_Exits0()
    {
        await using var host = await ServiceHost.StartReadyAsync(new Dictionary<string, string> { ["a.txt"] = "مقال\n\nنص قصير." });

        Assert.Equal(0, await HealthCheckProbe.ProbeAsync(new Uri(host.BaseAddress, "readyz")));
    }

    [Fact]
    public async Task Probe_WithNothingListening_Exits1()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop(); // a port that was just free: nothing answers there

        Assert.Equal(1, await HealthCheckProbe.ProbeAsync(new Uri($"http://127.0.0.1:{port}/readyz")));
    }
}
