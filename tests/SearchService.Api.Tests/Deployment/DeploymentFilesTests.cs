using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using YamlDotNet.RepresentationModel;

namespace SearchService.Api.Tests.Deployment;

/// <summary>The checked-in deployment (deploy/haproxy, deploy/kubernetes) is valid for the tools that read it, and
/// agrees with the service it runs: the drain, the probes, the image's user, port and folders, the settings' names.</summary>
public sealed class DeploymentFilesTests
{
    private static readonly string Root = RepositoryRoot();
    private static readonly string Kubernetes = Path.Combine(Root, "deploy", "kubernetes");
    private static readonly string Check = Path.Combine(Root, "deploy", "check");

    [SkippableFact]
    public void HaproxyConfig_PassesHaproxysOwnCheck()
    {
        Skip.IfNot(File.Exists("/usr/sbin/haproxy"), "haproxy is not installed (apt-get install haproxy; .ci/run does)");

        var (code, output) = Run("/usr/sbin/haproxy", Root, "-c", "-f", Path.Combine("deploy", "haproxy", "haproxy.cfg"));

        Assert.True(code == 0, output);
        Assert.DoesNotContain("[WARNING]", output, StringComparison.Ordinal);
    }

    [Fact]
    public void HaproxyConfig_ChecksReadyz_AndRetriesOnAnotherReplica()
    {
        var config = File.ReadAllText(Path.Combine(Root, "deploy", "haproxy", "haproxy.cfg"));

        Assert.Contains("option httpchk GET /readyz", config, StringComparison.Ordinal);
        Assert.Contains("http-check expect status 200", config, StringComparison.Ordinal);
        Assert.Contains("retry-on all-retryable-errors", config, StringComparison.Ordinal);
        Assert.Contains("option redispatch", config, StringComparison.Ordinal);
        // The harness starts its replicas on the ports the config lists.
        var harness = File.ReadAllText(Path.Combine(Root, "deploy", "harness", "run.sh"));
        foreach (var port in new[] { 5001, 5002, 5003 })
        {
            Assert.Contains($"server replica{port - 5000} 127.0.0.1:{port} check", config, StringComparison.Ordinal);
            Assert.Contains(port.ToString(System.Globalization.CultureInfo.InvariantCulture), harness, StringComparison.Ordinal);
        }
    }

    [SkippableFact]
    public void KubernetesManifests_MatchTheKubernetesApiSchemas()
    {
        Skip.IfNot(Directory.Exists(Path.Combine(Check, "node_modules", "kubernetes-models")),
            "the schema checker is not installed (npm ci --prefix deploy/check; .ci/run does)");

        var (code, output) = Run("node", Check, "check-manifests.mjs", Kubernetes);

        Assert.True(code == 0, output);
        foreach (var kind in new[] { "Deployment", "Service", "PodDisruptionBudget", "PersistentVolumeClaim", "HorizontalPodAutoscaler", "ConfigMap", "Secret" })
        {
            Assert.Contains($": {kind}/", output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void KubernetesDeployment_DrainsWithinItsGracePeriod_AndProbesTheServicesEndpoints()
    {
        var config = ConfigMapData();
        var drain = int.Parse(config["Shutdown__DrainSeconds"], System.Globalization.CultureInfo.InvariantCulture);
        var finish = int.Parse(config["Shutdown__FinishSeconds"], System.Globalization.CultureInfo.InvariantCulture);
        var pod = Node(Manifest("deployment.yaml"), "spec", "template", "spec");
        var container = Containers(pod).Single();

        Assert.True(Int(pod, "terminationGracePeriodSeconds") > drain + finish, "the kubelet would SIGKILL the pod before its drain and finish are over");
        var readiness = Node(container, "readinessProbe");
        Assert.Equal("/readyz", Scalar(readiness, "httpGet", "path"));
        Assert.Equal("/healthz", Scalar(container, "livenessProbe", "httpGet", "path"));
        // The probe notices the drain well before it ends.
        Assert.True(Int(readiness, "periodSeconds") * Int(readiness, "failureThreshold") < drain, "the readiness probe cannot notice the drain before the server closes");
    }

    [Fact]
    public void KubernetesDeployment_RunsTheImageAsItIsBuilt()
    {
        var dockerfile = File.ReadAllText(Path.Combine(Root, "Dockerfile"));
        var config = ConfigMapData();
        var pod = Node(Manifest("deployment.yaml"), "spec", "template", "spec");
        var container = Containers(pod).Single();

        Assert.Contains("ASPNETCORE_HTTP_PORTS=8080", dockerfile, StringComparison.Ordinal);
        Assert.Equal("8080", Scalar((YamlMappingNode)((YamlSequenceNode)container["ports"]).Children[0], "containerPort"));
        Assert.Equal("1654", Scalar(pod, "securityContext", "runAsUser")); // the image's `app` (APP_UID)
        Assert.Equal("true", Scalar(pod, "securityContext", "runAsNonRoot"));
        Assert.Equal("true", Scalar(container, "securityContext", "readOnlyRootFilesystem"));
        var mounts = ((YamlSequenceNode)container["volumeMounts"]).Children.Cast<YamlMappingNode>()
            .ToDictionary(m => Scalar(m, "mountPath"), m => m.Children.ContainsKey("readOnly") && Scalar(m, "readOnly") == "true");
        Assert.True(mounts[config["Search__DocumentsPath"]], "the documents are mounted read-only where the service reads them");
        Assert.False(mounts[config["Search__IndexPath"]], "the index is writable where the service keeps it");
        Assert.False(mounts["/tmp"], "a writable /tmp on a read-only root");
    }

    [Fact]
    public void KubernetesSettings_AreSettingsTheServiceHas()
    {
        var known = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: false)
            .Build().AsEnumerable().Select(kv => kv.Key)
            .Append("Search:AdminApiKey") // unset by default, so not in appsettings.json
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var secret = (YamlMappingNode)Manifest("secret.yaml")["stringData"];
        var names = ConfigMapData().Keys.Concat(secret.Children.Keys.Select(k => ((YamlScalarNode)k).Value!));

        Assert.All(names, name => Assert.Contains(name.Replace("__", ":", StringComparison.Ordinal), known));
    }

    private static Dictionary<string, string> ConfigMapData() =>
        ((YamlMappingNode)Manifest("configmap.yaml")["data"]).Children
            .ToDictionary(kv => ((YamlScalarNode)kv.Key).Value!, kv => ((YamlScalarNode)kv.Value).Value!, StringComparer.Ordinal);

    private static YamlMappingNode Manifest(string file)
    {
        var yaml = new YamlStream();
        using var reader = new StreamReader(Path.Combine(Kubernetes, file));
        yaml.Load(reader);
        return (YamlMappingNode)yaml.Documents.Single().RootNode;
    }

    private static IEnumerable<YamlMappingNode> Containers(YamlMappingNode pod) => ((YamlSequenceNode)pod["containers"]).Children.Cast<YamlMappingNode>();

    private static YamlMappingNode Node(YamlMappingNode node, params string[] path) =>
        path.Aggregate(node, (n, key) => (YamlMappingNode)n[key]);

    private static string Scalar(YamlMappingNode node, params string[] path) =>
        ((YamlScalarNode)Node(node, path[..^1])[path[^1]]).Value!;

    private static int Int(YamlMappingNode node, string key) => int.Parse(Scalar(node, key), System.Globalization.CultureInfo.InvariantCulture);

    private static (int Code, string Output) Run(string program, string workingDirectory, params string[] args)
    {
        var info = new ProcessStartInfo(program, args)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(60)), $"{program} did not finish within 60 s");
        return (process.ExitCode, stdout.Result + stderr.Result);
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "SearchService.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("SearchService.sln not found above the test assembly");
    }
}
