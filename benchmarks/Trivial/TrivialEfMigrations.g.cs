// Written by make_trivial_migrations.py: the trivial histories as EF Core migrations. Do not edit.
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace StartApp.Ef20
{
    [DbContext(typeof(Ef20Context))]
    [Migration("20250101000001_create_t0001")]
    public sealed class M0001 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0001 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef20Context))]
    [Migration("20250101000002_create_t0002")]
    public sealed class M0002 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0002 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef20Context))]
    [Migration("20250101000003_create_t0003")]
    public sealed class M0003 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0003 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef20Context))]
    [Migration("20250101000004_create_t0004")]
    public sealed class M0004 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0004 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef20Context))]
    [Migration("20250101000005_create_t0005")]
    public sealed class M0005 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0005 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef20Context))]
    [Migration("20250101000006_create_t0006")]
    public sealed class M0006 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0006 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef20Context))]
    [Migration("20250101000007_create_t0007")]
    public sealed class M0007 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0007 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef20Context))]
    [Migration("20250101000008_create_t0008")]
    public sealed class M0008 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0008 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef20Context))]
    [Migration("20250101000009_create_t0009")]
    public sealed class M0009 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0009 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef20Context))]
    [Migration("20250101000010_create_t0010")]
    public sealed class M0010 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0010 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef20Context))]
    [Migration("20250101000011_create_t0011")]
    public sealed class M0011 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0011 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef20Context))]
    [Migration("20250101000012_create_t0012")]
    public sealed class M0012 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0012 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef20Context))]
    [Migration("20250101000013_create_t0013")]
    public sealed class M0013 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0013 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef20Context))]
    [Migration("20250101000014_create_t0014")]
    public sealed class M0014 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0014 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef20Context))]
    [Migration("20250101000015_create_t0015")]
    public sealed class M0015 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0015 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef20Context))]
    [Migration("20250101000016_create_t0016")]
    public sealed class M0016 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0016 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef20Context))]
    [Migration("20250101000017_create_t0017")]
    public sealed class M0017 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0017 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef20Context))]
    [Migration("20250101000018_create_t0018")]
    public sealed class M0018 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0018 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef20Context))]
    [Migration("20250101000019_create_t0019")]
    public sealed class M0019 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0019 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef20Context))]
    [Migration("20250101000020_create_t0020")]
    public sealed class M0020 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0020 (id INTEGER PRIMARY KEY)");
    }

}

namespace StartApp.Ef1000
{
    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000001_create_t0001")]
    public sealed class M0001 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0001 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000002_create_t0002")]
    public sealed class M0002 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0002 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000003_create_t0003")]
    public sealed class M0003 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0003 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000004_create_t0004")]
    public sealed class M0004 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0004 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000005_create_t0005")]
    public sealed class M0005 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0005 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000006_create_t0006")]
    public sealed class M0006 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0006 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000007_create_t0007")]
    public sealed class M0007 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0007 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000008_create_t0008")]
    public sealed class M0008 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0008 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000009_create_t0009")]
    public sealed class M0009 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0009 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000010_create_t0010")]
    public sealed class M0010 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0010 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000011_create_t0011")]
    public sealed class M0011 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0011 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000012_create_t0012")]
    public sealed class M0012 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0012 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000013_create_t0013")]
    public sealed class M0013 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0013 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000014_create_t0014")]
    public sealed class M0014 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0014 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000015_create_t0015")]
    public sealed class M0015 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0015 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000016_create_t0016")]
    public sealed class M0016 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0016 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000017_create_t0017")]
    public sealed class M0017 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0017 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000018_create_t0018")]
    public sealed class M0018 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0018 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000019_create_t0019")]
    public sealed class M0019 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0019 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000020_create_t0020")]
    public sealed class M0020 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0020 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000021_create_t0021")]
    public sealed class M0021 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0021 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000022_create_t0022")]
    public sealed class M0022 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0022 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000023_create_t0023")]
    public sealed class M0023 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0023 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000024_create_t0024")]
    public sealed class M0024 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0024 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000025_create_t0025")]
    public sealed class M0025 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0025 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000026_create_t0026")]
    public sealed class M0026 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0026 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000027_create_t0027")]
    public sealed class M0027 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0027 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000028_create_t0028")]
    public sealed class M0028 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0028 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000029_create_t0029")]
    public sealed class M0029 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0029 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000030_create_t0030")]
    public sealed class M0030 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0030 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000031_create_t0031")]
    public sealed class M0031 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0031 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000032_create_t0032")]
    public sealed class M0032 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0032 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000033_create_t0033")]
    public sealed class M0033 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0033 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000034_create_t0034")]
    public sealed class M0034 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0034 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000035_create_t0035")]
    public sealed class M0035 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0035 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000036_create_t0036")]
    public sealed class M0036 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0036 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000037_create_t0037")]
    public sealed class M0037 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0037 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000038_create_t0038")]
    public sealed class M0038 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0038 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000039_create_t0039")]
    public sealed class M0039 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0039 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000040_create_t0040")]
    public sealed class M0040 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0040 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000041_create_t0041")]
    public sealed class M0041 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0041 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000042_create_t0042")]
    public sealed class M0042 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0042 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000043_create_t0043")]
    public sealed class M0043 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0043 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000044_create_t0044")]
    public sealed class M0044 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0044 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000045_create_t0045")]
    public sealed class M0045 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0045 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000046_create_t0046")]
    public sealed class M0046 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0046 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000047_create_t0047")]
    public sealed class M0047 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0047 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000048_create_t0048")]
    public sealed class M0048 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0048 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000049_create_t0049")]
    public sealed class M0049 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0049 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000050_create_t0050")]
    public sealed class M0050 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0050 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000051_create_t0051")]
    public sealed class M0051 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0051 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000052_create_t0052")]
    public sealed class M0052 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0052 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000053_create_t0053")]
    public sealed class M0053 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0053 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000054_create_t0054")]
    public sealed class M0054 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0054 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000055_create_t0055")]
    public sealed class M0055 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0055 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000056_create_t0056")]
    public sealed class M0056 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0056 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000057_create_t0057")]
    public sealed class M0057 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0057 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000058_create_t0058")]
    public sealed class M0058 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0058 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000059_create_t0059")]
    public sealed class M0059 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0059 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000060_create_t0060")]
    public sealed class M0060 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0060 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000061_create_t0061")]
    public sealed class M0061 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0061 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000062_create_t0062")]
    public sealed class M0062 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0062 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000063_create_t0063")]
    public sealed class M0063 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0063 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000064_create_t0064")]
    public sealed class M0064 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0064 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000065_create_t0065")]
    public sealed class M0065 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0065 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000066_create_t0066")]
    public sealed class M0066 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0066 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000067_create_t0067")]
    public sealed class M0067 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0067 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000068_create_t0068")]
    public sealed class M0068 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0068 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000069_create_t0069")]
    public sealed class M0069 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0069 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000070_create_t0070")]
    public sealed class M0070 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0070 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000071_create_t0071")]
    public sealed class M0071 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0071 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000072_create_t0072")]
    public sealed class M0072 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0072 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000073_create_t0073")]
    public sealed class M0073 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0073 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000074_create_t0074")]
    public sealed class M0074 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0074 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000075_create_t0075")]
    public sealed class M0075 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0075 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000076_create_t0076")]
    public sealed class M0076 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0076 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000077_create_t0077")]
    public sealed class M0077 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0077 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000078_create_t0078")]
    public sealed class M0078 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0078 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000079_create_t0079")]
    public sealed class M0079 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0079 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000080_create_t0080")]
    public sealed class M0080 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0080 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000081_create_t0081")]
    public sealed class M0081 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0081 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000082_create_t0082")]
    public sealed class M0082 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0082 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000083_create_t0083")]
    public sealed class M0083 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0083 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000084_create_t0084")]
    public sealed class M0084 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0084 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000085_create_t0085")]
    public sealed class M0085 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0085 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000086_create_t0086")]
    public sealed class M0086 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0086 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000087_create_t0087")]
    public sealed class M0087 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0087 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000088_create_t0088")]
    public sealed class M0088 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0088 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000089_create_t0089")]
    public sealed class M0089 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0089 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000090_create_t0090")]
    public sealed class M0090 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0090 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000091_create_t0091")]
    public sealed class M0091 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0091 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000092_create_t0092")]
    public sealed class M0092 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0092 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000093_create_t0093")]
    public sealed class M0093 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0093 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000094_create_t0094")]
    public sealed class M0094 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0094 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000095_create_t0095")]
    public sealed class M0095 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0095 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000096_create_t0096")]
    public sealed class M0096 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0096 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000097_create_t0097")]
    public sealed class M0097 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0097 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000098_create_t0098")]
    public sealed class M0098 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0098 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000099_create_t0099")]
    public sealed class M0099 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0099 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000100_create_t0100")]
    public sealed class M0100 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0100 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000101_create_t0101")]
    public sealed class M0101 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0101 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000102_create_t0102")]
    public sealed class M0102 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0102 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000103_create_t0103")]
    public sealed class M0103 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0103 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000104_create_t0104")]
    public sealed class M0104 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0104 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000105_create_t0105")]
    public sealed class M0105 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0105 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000106_create_t0106")]
    public sealed class M0106 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0106 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000107_create_t0107")]
    public sealed class M0107 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0107 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000108_create_t0108")]
    public sealed class M0108 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0108 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000109_create_t0109")]
    public sealed class M0109 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0109 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000110_create_t0110")]
    public sealed class M0110 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0110 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000111_create_t0111")]
    public sealed class M0111 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0111 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000112_create_t0112")]
    public sealed class M0112 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0112 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000113_create_t0113")]
    public sealed class M0113 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0113 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000114_create_t0114")]
    public sealed class M0114 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0114 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000115_create_t0115")]
    public sealed class M0115 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0115 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000116_create_t0116")]
    public sealed class M0116 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0116 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000117_create_t0117")]
    public sealed class M0117 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0117 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000118_create_t0118")]
    public sealed class M0118 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0118 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000119_create_t0119")]
    public sealed class M0119 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0119 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000120_create_t0120")]
    public sealed class M0120 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0120 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000121_create_t0121")]
    public sealed class M0121 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0121 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000122_create_t0122")]
    public sealed class M0122 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0122 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000123_create_t0123")]
    public sealed class M0123 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0123 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000124_create_t0124")]
    public sealed class M0124 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0124 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000125_create_t0125")]
    public sealed class M0125 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0125 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000126_create_t0126")]
    public sealed class M0126 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0126 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000127_create_t0127")]
    public sealed class M0127 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0127 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000128_create_t0128")]
    public sealed class M0128 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0128 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000129_create_t0129")]
    public sealed class M0129 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0129 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000130_create_t0130")]
    public sealed class M0130 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0130 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000131_create_t0131")]
    public sealed class M0131 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0131 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000132_create_t0132")]
    public sealed class M0132 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0132 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000133_create_t0133")]
    public sealed class M0133 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0133 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000134_create_t0134")]
    public sealed class M0134 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0134 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000135_create_t0135")]
    public sealed class M0135 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0135 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000136_create_t0136")]
    public sealed class M0136 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0136 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000137_create_t0137")]
    public sealed class M0137 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0137 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000138_create_t0138")]
    public sealed class M0138 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0138 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000139_create_t0139")]
    public sealed class M0139 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0139 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000140_create_t0140")]
    public sealed class M0140 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0140 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000141_create_t0141")]
    public sealed class M0141 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0141 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000142_create_t0142")]
    public sealed class M0142 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0142 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000143_create_t0143")]
    public sealed class M0143 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0143 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000144_create_t0144")]
    public sealed class M0144 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0144 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000145_create_t0145")]
    public sealed class M0145 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0145 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000146_create_t0146")]
    public sealed class M0146 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0146 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000147_create_t0147")]
    public sealed class M0147 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0147 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000148_create_t0148")]
    public sealed class M0148 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0148 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000149_create_t0149")]
    public sealed class M0149 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0149 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000150_create_t0150")]
    public sealed class M0150 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0150 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000151_create_t0151")]
    public sealed class M0151 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0151 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000152_create_t0152")]
    public sealed class M0152 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0152 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000153_create_t0153")]
    public sealed class M0153 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0153 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000154_create_t0154")]
    public sealed class M0154 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0154 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000155_create_t0155")]
    public sealed class M0155 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0155 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000156_create_t0156")]
    public sealed class M0156 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0156 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000157_create_t0157")]
    public sealed class M0157 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0157 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000158_create_t0158")]
    public sealed class M0158 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0158 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000159_create_t0159")]
    public sealed class M0159 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0159 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000160_create_t0160")]
    public sealed class M0160 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0160 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000161_create_t0161")]
    public sealed class M0161 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0161 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000162_create_t0162")]
    public sealed class M0162 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0162 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000163_create_t0163")]
    public sealed class M0163 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0163 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000164_create_t0164")]
    public sealed class M0164 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0164 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000165_create_t0165")]
    public sealed class M0165 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0165 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000166_create_t0166")]
    public sealed class M0166 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0166 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000167_create_t0167")]
    public sealed class M0167 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0167 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000168_create_t0168")]
    public sealed class M0168 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0168 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000169_create_t0169")]
    public sealed class M0169 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0169 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000170_create_t0170")]
    public sealed class M0170 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0170 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000171_create_t0171")]
    public sealed class M0171 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0171 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000172_create_t0172")]
    public sealed class M0172 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0172 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000173_create_t0173")]
    public sealed class M0173 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0173 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000174_create_t0174")]
    public sealed class M0174 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0174 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000175_create_t0175")]
    public sealed class M0175 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0175 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000176_create_t0176")]
    public sealed class M0176 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0176 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000177_create_t0177")]
    public sealed class M0177 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0177 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000178_create_t0178")]
    public sealed class M0178 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0178 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000179_create_t0179")]
    public sealed class M0179 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0179 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000180_create_t0180")]
    public sealed class M0180 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0180 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000181_create_t0181")]
    public sealed class M0181 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0181 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000182_create_t0182")]
    public sealed class M0182 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0182 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000183_create_t0183")]
    public sealed class M0183 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0183 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000184_create_t0184")]
    public sealed class M0184 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0184 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000185_create_t0185")]
    public sealed class M0185 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0185 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000186_create_t0186")]
    public sealed class M0186 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0186 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000187_create_t0187")]
    public sealed class M0187 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0187 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000188_create_t0188")]
    public sealed class M0188 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0188 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000189_create_t0189")]
    public sealed class M0189 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0189 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000190_create_t0190")]
    public sealed class M0190 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0190 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000191_create_t0191")]
    public sealed class M0191 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0191 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000192_create_t0192")]
    public sealed class M0192 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0192 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000193_create_t0193")]
    public sealed class M0193 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0193 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000194_create_t0194")]
    public sealed class M0194 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0194 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000195_create_t0195")]
    public sealed class M0195 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0195 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000196_create_t0196")]
    public sealed class M0196 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0196 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000197_create_t0197")]
    public sealed class M0197 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0197 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000198_create_t0198")]
    public sealed class M0198 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0198 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000199_create_t0199")]
    public sealed class M0199 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0199 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000200_create_t0200")]
    public sealed class M0200 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0200 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000201_create_t0201")]
    public sealed class M0201 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0201 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000202_create_t0202")]
    public sealed class M0202 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0202 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000203_create_t0203")]
    public sealed class M0203 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0203 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000204_create_t0204")]
    public sealed class M0204 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0204 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000205_create_t0205")]
    public sealed class M0205 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0205 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000206_create_t0206")]
    public sealed class M0206 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0206 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000207_create_t0207")]
    public sealed class M0207 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0207 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000208_create_t0208")]
    public sealed class M0208 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0208 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000209_create_t0209")]
    public sealed class M0209 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0209 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000210_create_t0210")]
    public sealed class M0210 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0210 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000211_create_t0211")]
    public sealed class M0211 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0211 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000212_create_t0212")]
    public sealed class M0212 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0212 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000213_create_t0213")]
    public sealed class M0213 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0213 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000214_create_t0214")]
    public sealed class M0214 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0214 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000215_create_t0215")]
    public sealed class M0215 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0215 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000216_create_t0216")]
    public sealed class M0216 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0216 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000217_create_t0217")]
    public sealed class M0217 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0217 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000218_create_t0218")]
    public sealed class M0218 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0218 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000219_create_t0219")]
    public sealed class M0219 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0219 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000220_create_t0220")]
    public sealed class M0220 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0220 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000221_create_t0221")]
    public sealed class M0221 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0221 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000222_create_t0222")]
    public sealed class M0222 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0222 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000223_create_t0223")]
    public sealed class M0223 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0223 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000224_create_t0224")]
    public sealed class M0224 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0224 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000225_create_t0225")]
    public sealed class M0225 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0225 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000226_create_t0226")]
    public sealed class M0226 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0226 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000227_create_t0227")]
    public sealed class M0227 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0227 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000228_create_t0228")]
    public sealed class M0228 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0228 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000229_create_t0229")]
    public sealed class M0229 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0229 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000230_create_t0230")]
    public sealed class M0230 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0230 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000231_create_t0231")]
    public sealed class M0231 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0231 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000232_create_t0232")]
    public sealed class M0232 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0232 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000233_create_t0233")]
    public sealed class M0233 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0233 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000234_create_t0234")]
    public sealed class M0234 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0234 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000235_create_t0235")]
    public sealed class M0235 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0235 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000236_create_t0236")]
    public sealed class M0236 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0236 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000237_create_t0237")]
    public sealed class M0237 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0237 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000238_create_t0238")]
    public sealed class M0238 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0238 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000239_create_t0239")]
    public sealed class M0239 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0239 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000240_create_t0240")]
    public sealed class M0240 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0240 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000241_create_t0241")]
    public sealed class M0241 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0241 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000242_create_t0242")]
    public sealed class M0242 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0242 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000243_create_t0243")]
    public sealed class M0243 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0243 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000244_create_t0244")]
    public sealed class M0244 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0244 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000245_create_t0245")]
    public sealed class M0245 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0245 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000246_create_t0246")]
    public sealed class M0246 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0246 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000247_create_t0247")]
    public sealed class M0247 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0247 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000248_create_t0248")]
    public sealed class M0248 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0248 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000249_create_t0249")]
    public sealed class M0249 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0249 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000250_create_t0250")]
    public sealed class M0250 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0250 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000251_create_t0251")]
    public sealed class M0251 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0251 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000252_create_t0252")]
    public sealed class M0252 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0252 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000253_create_t0253")]
    public sealed class M0253 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0253 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000254_create_t0254")]
    public sealed class M0254 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0254 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000255_create_t0255")]
    public sealed class M0255 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0255 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000256_create_t0256")]
    public sealed class M0256 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0256 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000257_create_t0257")]
    public sealed class M0257 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0257 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000258_create_t0258")]
    public sealed class M0258 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0258 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000259_create_t0259")]
    public sealed class M0259 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0259 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000260_create_t0260")]
    public sealed class M0260 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0260 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000261_create_t0261")]
    public sealed class M0261 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0261 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000262_create_t0262")]
    public sealed class M0262 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0262 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000263_create_t0263")]
    public sealed class M0263 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0263 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000264_create_t0264")]
    public sealed class M0264 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0264 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000265_create_t0265")]
    public sealed class M0265 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0265 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000266_create_t0266")]
    public sealed class M0266 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0266 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000267_create_t0267")]
    public sealed class M0267 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0267 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000268_create_t0268")]
    public sealed class M0268 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0268 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000269_create_t0269")]
    public sealed class M0269 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0269 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000270_create_t0270")]
    public sealed class M0270 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0270 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000271_create_t0271")]
    public sealed class M0271 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0271 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000272_create_t0272")]
    public sealed class M0272 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0272 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000273_create_t0273")]
    public sealed class M0273 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0273 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000274_create_t0274")]
    public sealed class M0274 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0274 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000275_create_t0275")]
    public sealed class M0275 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0275 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000276_create_t0276")]
    public sealed class M0276 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0276 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000277_create_t0277")]
    public sealed class M0277 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0277 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000278_create_t0278")]
    public sealed class M0278 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0278 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000279_create_t0279")]
    public sealed class M0279 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0279 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000280_create_t0280")]
    public sealed class M0280 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0280 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000281_create_t0281")]
    public sealed class M0281 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0281 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000282_create_t0282")]
    public sealed class M0282 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0282 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000283_create_t0283")]
    public sealed class M0283 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0283 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000284_create_t0284")]
    public sealed class M0284 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0284 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000285_create_t0285")]
    public sealed class M0285 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0285 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000286_create_t0286")]
    public sealed class M0286 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0286 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000287_create_t0287")]
    public sealed class M0287 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0287 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000288_create_t0288")]
    public sealed class M0288 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0288 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000289_create_t0289")]
    public sealed class M0289 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0289 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000290_create_t0290")]
    public sealed class M0290 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0290 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000291_create_t0291")]
    public sealed class M0291 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0291 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000292_create_t0292")]
    public sealed class M0292 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0292 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000293_create_t0293")]
    public sealed class M0293 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0293 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000294_create_t0294")]
    public sealed class M0294 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0294 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000295_create_t0295")]
    public sealed class M0295 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0295 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000296_create_t0296")]
    public sealed class M0296 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0296 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000297_create_t0297")]
    public sealed class M0297 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0297 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000298_create_t0298")]
    public sealed class M0298 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0298 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000299_create_t0299")]
    public sealed class M0299 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0299 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000300_create_t0300")]
    public sealed class M0300 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0300 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000301_create_t0301")]
    public sealed class M0301 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0301 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000302_create_t0302")]
    public sealed class M0302 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0302 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000303_create_t0303")]
    public sealed class M0303 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0303 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000304_create_t0304")]
    public sealed class M0304 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0304 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000305_create_t0305")]
    public sealed class M0305 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0305 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000306_create_t0306")]
    public sealed class M0306 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0306 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000307_create_t0307")]
    public sealed class M0307 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0307 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000308_create_t0308")]
    public sealed class M0308 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0308 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000309_create_t0309")]
    public sealed class M0309 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0309 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000310_create_t0310")]
    public sealed class M0310 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0310 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000311_create_t0311")]
    public sealed class M0311 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0311 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000312_create_t0312")]
    public sealed class M0312 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0312 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000313_create_t0313")]
    public sealed class M0313 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0313 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000314_create_t0314")]
    public sealed class M0314 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0314 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000315_create_t0315")]
    public sealed class M0315 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0315 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000316_create_t0316")]
    public sealed class M0316 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0316 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000317_create_t0317")]
    public sealed class M0317 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0317 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000318_create_t0318")]
    public sealed class M0318 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0318 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000319_create_t0319")]
    public sealed class M0319 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0319 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000320_create_t0320")]
    public sealed class M0320 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0320 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000321_create_t0321")]
    public sealed class M0321 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0321 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000322_create_t0322")]
    public sealed class M0322 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0322 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000323_create_t0323")]
    public sealed class M0323 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0323 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000324_create_t0324")]
    public sealed class M0324 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0324 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000325_create_t0325")]
    public sealed class M0325 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0325 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000326_create_t0326")]
    public sealed class M0326 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0326 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000327_create_t0327")]
    public sealed class M0327 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0327 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000328_create_t0328")]
    public sealed class M0328 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0328 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000329_create_t0329")]
    public sealed class M0329 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0329 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000330_create_t0330")]
    public sealed class M0330 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0330 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000331_create_t0331")]
    public sealed class M0331 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0331 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000332_create_t0332")]
    public sealed class M0332 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0332 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000333_create_t0333")]
    public sealed class M0333 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0333 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000334_create_t0334")]
    public sealed class M0334 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0334 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000335_create_t0335")]
    public sealed class M0335 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0335 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000336_create_t0336")]
    public sealed class M0336 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0336 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000337_create_t0337")]
    public sealed class M0337 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0337 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000338_create_t0338")]
    public sealed class M0338 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0338 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000339_create_t0339")]
    public sealed class M0339 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0339 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000340_create_t0340")]
    public sealed class M0340 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0340 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000341_create_t0341")]
    public sealed class M0341 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0341 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000342_create_t0342")]
    public sealed class M0342 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0342 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000343_create_t0343")]
    public sealed class M0343 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0343 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000344_create_t0344")]
    public sealed class M0344 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0344 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000345_create_t0345")]
    public sealed class M0345 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0345 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000346_create_t0346")]
    public sealed class M0346 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0346 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000347_create_t0347")]
    public sealed class M0347 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0347 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000348_create_t0348")]
    public sealed class M0348 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0348 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000349_create_t0349")]
    public sealed class M0349 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0349 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000350_create_t0350")]
    public sealed class M0350 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0350 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000351_create_t0351")]
    public sealed class M0351 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0351 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000352_create_t0352")]
    public sealed class M0352 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0352 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000353_create_t0353")]
    public sealed class M0353 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0353 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000354_create_t0354")]
    public sealed class M0354 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0354 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000355_create_t0355")]
    public sealed class M0355 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0355 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000356_create_t0356")]
    public sealed class M0356 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0356 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000357_create_t0357")]
    public sealed class M0357 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0357 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000358_create_t0358")]
    public sealed class M0358 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0358 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000359_create_t0359")]
    public sealed class M0359 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0359 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000360_create_t0360")]
    public sealed class M0360 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0360 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000361_create_t0361")]
    public sealed class M0361 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0361 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000362_create_t0362")]
    public sealed class M0362 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0362 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000363_create_t0363")]
    public sealed class M0363 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0363 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000364_create_t0364")]
    public sealed class M0364 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0364 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000365_create_t0365")]
    public sealed class M0365 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0365 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000366_create_t0366")]
    public sealed class M0366 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0366 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000367_create_t0367")]
    public sealed class M0367 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0367 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000368_create_t0368")]
    public sealed class M0368 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0368 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000369_create_t0369")]
    public sealed class M0369 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0369 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000370_create_t0370")]
    public sealed class M0370 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0370 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000371_create_t0371")]
    public sealed class M0371 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0371 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000372_create_t0372")]
    public sealed class M0372 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0372 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000373_create_t0373")]
    public sealed class M0373 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0373 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000374_create_t0374")]
    public sealed class M0374 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0374 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000375_create_t0375")]
    public sealed class M0375 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0375 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000376_create_t0376")]
    public sealed class M0376 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0376 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000377_create_t0377")]
    public sealed class M0377 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0377 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000378_create_t0378")]
    public sealed class M0378 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0378 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000379_create_t0379")]
    public sealed class M0379 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0379 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000380_create_t0380")]
    public sealed class M0380 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0380 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000381_create_t0381")]
    public sealed class M0381 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0381 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000382_create_t0382")]
    public sealed class M0382 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0382 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000383_create_t0383")]
    public sealed class M0383 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0383 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000384_create_t0384")]
    public sealed class M0384 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0384 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000385_create_t0385")]
    public sealed class M0385 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0385 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000386_create_t0386")]
    public sealed class M0386 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0386 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000387_create_t0387")]
    public sealed class M0387 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0387 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000388_create_t0388")]
    public sealed class M0388 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0388 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000389_create_t0389")]
    public sealed class M0389 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0389 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000390_create_t0390")]
    public sealed class M0390 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0390 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000391_create_t0391")]
    public sealed class M0391 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0391 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000392_create_t0392")]
    public sealed class M0392 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0392 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000393_create_t0393")]
    public sealed class M0393 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0393 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000394_create_t0394")]
    public sealed class M0394 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0394 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000395_create_t0395")]
    public sealed class M0395 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0395 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000396_create_t0396")]
    public sealed class M0396 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0396 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000397_create_t0397")]
    public sealed class M0397 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0397 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000398_create_t0398")]
    public sealed class M0398 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0398 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000399_create_t0399")]
    public sealed class M0399 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0399 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000400_create_t0400")]
    public sealed class M0400 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0400 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000401_create_t0401")]
    public sealed class M0401 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0401 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000402_create_t0402")]
    public sealed class M0402 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0402 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000403_create_t0403")]
    public sealed class M0403 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0403 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000404_create_t0404")]
    public sealed class M0404 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0404 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000405_create_t0405")]
    public sealed class M0405 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0405 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000406_create_t0406")]
    public sealed class M0406 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0406 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000407_create_t0407")]
    public sealed class M0407 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0407 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000408_create_t0408")]
    public sealed class M0408 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0408 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000409_create_t0409")]
    public sealed class M0409 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0409 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000410_create_t0410")]
    public sealed class M0410 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0410 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000411_create_t0411")]
    public sealed class M0411 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0411 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000412_create_t0412")]
    public sealed class M0412 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0412 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000413_create_t0413")]
    public sealed class M0413 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0413 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000414_create_t0414")]
    public sealed class M0414 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0414 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000415_create_t0415")]
    public sealed class M0415 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0415 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000416_create_t0416")]
    public sealed class M0416 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0416 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000417_create_t0417")]
    public sealed class M0417 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0417 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000418_create_t0418")]
    public sealed class M0418 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0418 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000419_create_t0419")]
    public sealed class M0419 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0419 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000420_create_t0420")]
    public sealed class M0420 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0420 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000421_create_t0421")]
    public sealed class M0421 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0421 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000422_create_t0422")]
    public sealed class M0422 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0422 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000423_create_t0423")]
    public sealed class M0423 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0423 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000424_create_t0424")]
    public sealed class M0424 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0424 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000425_create_t0425")]
    public sealed class M0425 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0425 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000426_create_t0426")]
    public sealed class M0426 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0426 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000427_create_t0427")]
    public sealed class M0427 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0427 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000428_create_t0428")]
    public sealed class M0428 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0428 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000429_create_t0429")]
    public sealed class M0429 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0429 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000430_create_t0430")]
    public sealed class M0430 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0430 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000431_create_t0431")]
    public sealed class M0431 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0431 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000432_create_t0432")]
    public sealed class M0432 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0432 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000433_create_t0433")]
    public sealed class M0433 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0433 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000434_create_t0434")]
    public sealed class M0434 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0434 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000435_create_t0435")]
    public sealed class M0435 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0435 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000436_create_t0436")]
    public sealed class M0436 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0436 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000437_create_t0437")]
    public sealed class M0437 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0437 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000438_create_t0438")]
    public sealed class M0438 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0438 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000439_create_t0439")]
    public sealed class M0439 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0439 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000440_create_t0440")]
    public sealed class M0440 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0440 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000441_create_t0441")]
    public sealed class M0441 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0441 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000442_create_t0442")]
    public sealed class M0442 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0442 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000443_create_t0443")]
    public sealed class M0443 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0443 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000444_create_t0444")]
    public sealed class M0444 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0444 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000445_create_t0445")]
    public sealed class M0445 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0445 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000446_create_t0446")]
    public sealed class M0446 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0446 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000447_create_t0447")]
    public sealed class M0447 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0447 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000448_create_t0448")]
    public sealed class M0448 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0448 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000449_create_t0449")]
    public sealed class M0449 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0449 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000450_create_t0450")]
    public sealed class M0450 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0450 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000451_create_t0451")]
    public sealed class M0451 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0451 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000452_create_t0452")]
    public sealed class M0452 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0452 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000453_create_t0453")]
    public sealed class M0453 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0453 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000454_create_t0454")]
    public sealed class M0454 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0454 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000455_create_t0455")]
    public sealed class M0455 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0455 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000456_create_t0456")]
    public sealed class M0456 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0456 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000457_create_t0457")]
    public sealed class M0457 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0457 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000458_create_t0458")]
    public sealed class M0458 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0458 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000459_create_t0459")]
    public sealed class M0459 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0459 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000460_create_t0460")]
    public sealed class M0460 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0460 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000461_create_t0461")]
    public sealed class M0461 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0461 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000462_create_t0462")]
    public sealed class M0462 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0462 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000463_create_t0463")]
    public sealed class M0463 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0463 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000464_create_t0464")]
    public sealed class M0464 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0464 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000465_create_t0465")]
    public sealed class M0465 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0465 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000466_create_t0466")]
    public sealed class M0466 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0466 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000467_create_t0467")]
    public sealed class M0467 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0467 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000468_create_t0468")]
    public sealed class M0468 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0468 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000469_create_t0469")]
    public sealed class M0469 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0469 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000470_create_t0470")]
    public sealed class M0470 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0470 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000471_create_t0471")]
    public sealed class M0471 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0471 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000472_create_t0472")]
    public sealed class M0472 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0472 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000473_create_t0473")]
    public sealed class M0473 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0473 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000474_create_t0474")]
    public sealed class M0474 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0474 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000475_create_t0475")]
    public sealed class M0475 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0475 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000476_create_t0476")]
    public sealed class M0476 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0476 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000477_create_t0477")]
    public sealed class M0477 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0477 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000478_create_t0478")]
    public sealed class M0478 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0478 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000479_create_t0479")]
    public sealed class M0479 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0479 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000480_create_t0480")]
    public sealed class M0480 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0480 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000481_create_t0481")]
    public sealed class M0481 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0481 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000482_create_t0482")]
    public sealed class M0482 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0482 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000483_create_t0483")]
    public sealed class M0483 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0483 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000484_create_t0484")]
    public sealed class M0484 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0484 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000485_create_t0485")]
    public sealed class M0485 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0485 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000486_create_t0486")]
    public sealed class M0486 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0486 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000487_create_t0487")]
    public sealed class M0487 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0487 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000488_create_t0488")]
    public sealed class M0488 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0488 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000489_create_t0489")]
    public sealed class M0489 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0489 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000490_create_t0490")]
    public sealed class M0490 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0490 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000491_create_t0491")]
    public sealed class M0491 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0491 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000492_create_t0492")]
    public sealed class M0492 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0492 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000493_create_t0493")]
    public sealed class M0493 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0493 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000494_create_t0494")]
    public sealed class M0494 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0494 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000495_create_t0495")]
    public sealed class M0495 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0495 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000496_create_t0496")]
    public sealed class M0496 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0496 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000497_create_t0497")]
    public sealed class M0497 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0497 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000498_create_t0498")]
    public sealed class M0498 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0498 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000499_create_t0499")]
    public sealed class M0499 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0499 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000500_create_t0500")]
    public sealed class M0500 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0500 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000501_create_t0501")]
    public sealed class M0501 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0501 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000502_create_t0502")]
    public sealed class M0502 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0502 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000503_create_t0503")]
    public sealed class M0503 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0503 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000504_create_t0504")]
    public sealed class M0504 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0504 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000505_create_t0505")]
    public sealed class M0505 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0505 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000506_create_t0506")]
    public sealed class M0506 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0506 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000507_create_t0507")]
    public sealed class M0507 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0507 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000508_create_t0508")]
    public sealed class M0508 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0508 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000509_create_t0509")]
    public sealed class M0509 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0509 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000510_create_t0510")]
    public sealed class M0510 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0510 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000511_create_t0511")]
    public sealed class M0511 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0511 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000512_create_t0512")]
    public sealed class M0512 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0512 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000513_create_t0513")]
    public sealed class M0513 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0513 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000514_create_t0514")]
    public sealed class M0514 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0514 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000515_create_t0515")]
    public sealed class M0515 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0515 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000516_create_t0516")]
    public sealed class M0516 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0516 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000517_create_t0517")]
    public sealed class M0517 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0517 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000518_create_t0518")]
    public sealed class M0518 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0518 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000519_create_t0519")]
    public sealed class M0519 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0519 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000520_create_t0520")]
    public sealed class M0520 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0520 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000521_create_t0521")]
    public sealed class M0521 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0521 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000522_create_t0522")]
    public sealed class M0522 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0522 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000523_create_t0523")]
    public sealed class M0523 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0523 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000524_create_t0524")]
    public sealed class M0524 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0524 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000525_create_t0525")]
    public sealed class M0525 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0525 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000526_create_t0526")]
    public sealed class M0526 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0526 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000527_create_t0527")]
    public sealed class M0527 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0527 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000528_create_t0528")]
    public sealed class M0528 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0528 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000529_create_t0529")]
    public sealed class M0529 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0529 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000530_create_t0530")]
    public sealed class M0530 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0530 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000531_create_t0531")]
    public sealed class M0531 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0531 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000532_create_t0532")]
    public sealed class M0532 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0532 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000533_create_t0533")]
    public sealed class M0533 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0533 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000534_create_t0534")]
    public sealed class M0534 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0534 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000535_create_t0535")]
    public sealed class M0535 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0535 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000536_create_t0536")]
    public sealed class M0536 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0536 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000537_create_t0537")]
    public sealed class M0537 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0537 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000538_create_t0538")]
    public sealed class M0538 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0538 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000539_create_t0539")]
    public sealed class M0539 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0539 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000540_create_t0540")]
    public sealed class M0540 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0540 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000541_create_t0541")]
    public sealed class M0541 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0541 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000542_create_t0542")]
    public sealed class M0542 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0542 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000543_create_t0543")]
    public sealed class M0543 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0543 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000544_create_t0544")]
    public sealed class M0544 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0544 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000545_create_t0545")]
    public sealed class M0545 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0545 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000546_create_t0546")]
    public sealed class M0546 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0546 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000547_create_t0547")]
    public sealed class M0547 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0547 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000548_create_t0548")]
    public sealed class M0548 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0548 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000549_create_t0549")]
    public sealed class M0549 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0549 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000550_create_t0550")]
    public sealed class M0550 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0550 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000551_create_t0551")]
    public sealed class M0551 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0551 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000552_create_t0552")]
    public sealed class M0552 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0552 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000553_create_t0553")]
    public sealed class M0553 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0553 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000554_create_t0554")]
    public sealed class M0554 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0554 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000555_create_t0555")]
    public sealed class M0555 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0555 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000556_create_t0556")]
    public sealed class M0556 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0556 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000557_create_t0557")]
    public sealed class M0557 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0557 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000558_create_t0558")]
    public sealed class M0558 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0558 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000559_create_t0559")]
    public sealed class M0559 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0559 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000560_create_t0560")]
    public sealed class M0560 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0560 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000561_create_t0561")]
    public sealed class M0561 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0561 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000562_create_t0562")]
    public sealed class M0562 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0562 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000563_create_t0563")]
    public sealed class M0563 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0563 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000564_create_t0564")]
    public sealed class M0564 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0564 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000565_create_t0565")]
    public sealed class M0565 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0565 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000566_create_t0566")]
    public sealed class M0566 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0566 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000567_create_t0567")]
    public sealed class M0567 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0567 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000568_create_t0568")]
    public sealed class M0568 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0568 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000569_create_t0569")]
    public sealed class M0569 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0569 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000570_create_t0570")]
    public sealed class M0570 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0570 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000571_create_t0571")]
    public sealed class M0571 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0571 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000572_create_t0572")]
    public sealed class M0572 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0572 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000573_create_t0573")]
    public sealed class M0573 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0573 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000574_create_t0574")]
    public sealed class M0574 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0574 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000575_create_t0575")]
    public sealed class M0575 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0575 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000576_create_t0576")]
    public sealed class M0576 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0576 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000577_create_t0577")]
    public sealed class M0577 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0577 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000578_create_t0578")]
    public sealed class M0578 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0578 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000579_create_t0579")]
    public sealed class M0579 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0579 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000580_create_t0580")]
    public sealed class M0580 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0580 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000581_create_t0581")]
    public sealed class M0581 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0581 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000582_create_t0582")]
    public sealed class M0582 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0582 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000583_create_t0583")]
    public sealed class M0583 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0583 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000584_create_t0584")]
    public sealed class M0584 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0584 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000585_create_t0585")]
    public sealed class M0585 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0585 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000586_create_t0586")]
    public sealed class M0586 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0586 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000587_create_t0587")]
    public sealed class M0587 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0587 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000588_create_t0588")]
    public sealed class M0588 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0588 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000589_create_t0589")]
    public sealed class M0589 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0589 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000590_create_t0590")]
    public sealed class M0590 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0590 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000591_create_t0591")]
    public sealed class M0591 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0591 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000592_create_t0592")]
    public sealed class M0592 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0592 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000593_create_t0593")]
    public sealed class M0593 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0593 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000594_create_t0594")]
    public sealed class M0594 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0594 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000595_create_t0595")]
    public sealed class M0595 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0595 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000596_create_t0596")]
    public sealed class M0596 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0596 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000597_create_t0597")]
    public sealed class M0597 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0597 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000598_create_t0598")]
    public sealed class M0598 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0598 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000599_create_t0599")]
    public sealed class M0599 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0599 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000600_create_t0600")]
    public sealed class M0600 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0600 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000601_create_t0601")]
    public sealed class M0601 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0601 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000602_create_t0602")]
    public sealed class M0602 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0602 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000603_create_t0603")]
    public sealed class M0603 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0603 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000604_create_t0604")]
    public sealed class M0604 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0604 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000605_create_t0605")]
    public sealed class M0605 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0605 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000606_create_t0606")]
    public sealed class M0606 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0606 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000607_create_t0607")]
    public sealed class M0607 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0607 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000608_create_t0608")]
    public sealed class M0608 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0608 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000609_create_t0609")]
    public sealed class M0609 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0609 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000610_create_t0610")]
    public sealed class M0610 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0610 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000611_create_t0611")]
    public sealed class M0611 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0611 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000612_create_t0612")]
    public sealed class M0612 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0612 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000613_create_t0613")]
    public sealed class M0613 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0613 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000614_create_t0614")]
    public sealed class M0614 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0614 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000615_create_t0615")]
    public sealed class M0615 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0615 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000616_create_t0616")]
    public sealed class M0616 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0616 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000617_create_t0617")]
    public sealed class M0617 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0617 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000618_create_t0618")]
    public sealed class M0618 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0618 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000619_create_t0619")]
    public sealed class M0619 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0619 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000620_create_t0620")]
    public sealed class M0620 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0620 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000621_create_t0621")]
    public sealed class M0621 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0621 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000622_create_t0622")]
    public sealed class M0622 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0622 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000623_create_t0623")]
    public sealed class M0623 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0623 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000624_create_t0624")]
    public sealed class M0624 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0624 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000625_create_t0625")]
    public sealed class M0625 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0625 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000626_create_t0626")]
    public sealed class M0626 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0626 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000627_create_t0627")]
    public sealed class M0627 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0627 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000628_create_t0628")]
    public sealed class M0628 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0628 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000629_create_t0629")]
    public sealed class M0629 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0629 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000630_create_t0630")]
    public sealed class M0630 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0630 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000631_create_t0631")]
    public sealed class M0631 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0631 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000632_create_t0632")]
    public sealed class M0632 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0632 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000633_create_t0633")]
    public sealed class M0633 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0633 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000634_create_t0634")]
    public sealed class M0634 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0634 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000635_create_t0635")]
    public sealed class M0635 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0635 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000636_create_t0636")]
    public sealed class M0636 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0636 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000637_create_t0637")]
    public sealed class M0637 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0637 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000638_create_t0638")]
    public sealed class M0638 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0638 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000639_create_t0639")]
    public sealed class M0639 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0639 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000640_create_t0640")]
    public sealed class M0640 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0640 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000641_create_t0641")]
    public sealed class M0641 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0641 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000642_create_t0642")]
    public sealed class M0642 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0642 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000643_create_t0643")]
    public sealed class M0643 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0643 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000644_create_t0644")]
    public sealed class M0644 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0644 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000645_create_t0645")]
    public sealed class M0645 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0645 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000646_create_t0646")]
    public sealed class M0646 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0646 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000647_create_t0647")]
    public sealed class M0647 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0647 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000648_create_t0648")]
    public sealed class M0648 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0648 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000649_create_t0649")]
    public sealed class M0649 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0649 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000650_create_t0650")]
    public sealed class M0650 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0650 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000651_create_t0651")]
    public sealed class M0651 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0651 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000652_create_t0652")]
    public sealed class M0652 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0652 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000653_create_t0653")]
    public sealed class M0653 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0653 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000654_create_t0654")]
    public sealed class M0654 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0654 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000655_create_t0655")]
    public sealed class M0655 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0655 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000656_create_t0656")]
    public sealed class M0656 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0656 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000657_create_t0657")]
    public sealed class M0657 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0657 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000658_create_t0658")]
    public sealed class M0658 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0658 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000659_create_t0659")]
    public sealed class M0659 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0659 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000660_create_t0660")]
    public sealed class M0660 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0660 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000661_create_t0661")]
    public sealed class M0661 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0661 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000662_create_t0662")]
    public sealed class M0662 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0662 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000663_create_t0663")]
    public sealed class M0663 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0663 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000664_create_t0664")]
    public sealed class M0664 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0664 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000665_create_t0665")]
    public sealed class M0665 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0665 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000666_create_t0666")]
    public sealed class M0666 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0666 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000667_create_t0667")]
    public sealed class M0667 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0667 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000668_create_t0668")]
    public sealed class M0668 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0668 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000669_create_t0669")]
    public sealed class M0669 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0669 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000670_create_t0670")]
    public sealed class M0670 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0670 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000671_create_t0671")]
    public sealed class M0671 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0671 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000672_create_t0672")]
    public sealed class M0672 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0672 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000673_create_t0673")]
    public sealed class M0673 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0673 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000674_create_t0674")]
    public sealed class M0674 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0674 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000675_create_t0675")]
    public sealed class M0675 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0675 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000676_create_t0676")]
    public sealed class M0676 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0676 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000677_create_t0677")]
    public sealed class M0677 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0677 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000678_create_t0678")]
    public sealed class M0678 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0678 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000679_create_t0679")]
    public sealed class M0679 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0679 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000680_create_t0680")]
    public sealed class M0680 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0680 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000681_create_t0681")]
    public sealed class M0681 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0681 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000682_create_t0682")]
    public sealed class M0682 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0682 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000683_create_t0683")]
    public sealed class M0683 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0683 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000684_create_t0684")]
    public sealed class M0684 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0684 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000685_create_t0685")]
    public sealed class M0685 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0685 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000686_create_t0686")]
    public sealed class M0686 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0686 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000687_create_t0687")]
    public sealed class M0687 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0687 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000688_create_t0688")]
    public sealed class M0688 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0688 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000689_create_t0689")]
    public sealed class M0689 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0689 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000690_create_t0690")]
    public sealed class M0690 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0690 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000691_create_t0691")]
    public sealed class M0691 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0691 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000692_create_t0692")]
    public sealed class M0692 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0692 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000693_create_t0693")]
    public sealed class M0693 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0693 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000694_create_t0694")]
    public sealed class M0694 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0694 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000695_create_t0695")]
    public sealed class M0695 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0695 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000696_create_t0696")]
    public sealed class M0696 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0696 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000697_create_t0697")]
    public sealed class M0697 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0697 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000698_create_t0698")]
    public sealed class M0698 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0698 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000699_create_t0699")]
    public sealed class M0699 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0699 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000700_create_t0700")]
    public sealed class M0700 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0700 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000701_create_t0701")]
    public sealed class M0701 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0701 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000702_create_t0702")]
    public sealed class M0702 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0702 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000703_create_t0703")]
    public sealed class M0703 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0703 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000704_create_t0704")]
    public sealed class M0704 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0704 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000705_create_t0705")]
    public sealed class M0705 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0705 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000706_create_t0706")]
    public sealed class M0706 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0706 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000707_create_t0707")]
    public sealed class M0707 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0707 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000708_create_t0708")]
    public sealed class M0708 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0708 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000709_create_t0709")]
    public sealed class M0709 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0709 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000710_create_t0710")]
    public sealed class M0710 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0710 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000711_create_t0711")]
    public sealed class M0711 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0711 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000712_create_t0712")]
    public sealed class M0712 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0712 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000713_create_t0713")]
    public sealed class M0713 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0713 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000714_create_t0714")]
    public sealed class M0714 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0714 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000715_create_t0715")]
    public sealed class M0715 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0715 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000716_create_t0716")]
    public sealed class M0716 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0716 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000717_create_t0717")]
    public sealed class M0717 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0717 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000718_create_t0718")]
    public sealed class M0718 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0718 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000719_create_t0719")]
    public sealed class M0719 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0719 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000720_create_t0720")]
    public sealed class M0720 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0720 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000721_create_t0721")]
    public sealed class M0721 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0721 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000722_create_t0722")]
    public sealed class M0722 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0722 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000723_create_t0723")]
    public sealed class M0723 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0723 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000724_create_t0724")]
    public sealed class M0724 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0724 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000725_create_t0725")]
    public sealed class M0725 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0725 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000726_create_t0726")]
    public sealed class M0726 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0726 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000727_create_t0727")]
    public sealed class M0727 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0727 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000728_create_t0728")]
    public sealed class M0728 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0728 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000729_create_t0729")]
    public sealed class M0729 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0729 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000730_create_t0730")]
    public sealed class M0730 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0730 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000731_create_t0731")]
    public sealed class M0731 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0731 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000732_create_t0732")]
    public sealed class M0732 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0732 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000733_create_t0733")]
    public sealed class M0733 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0733 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000734_create_t0734")]
    public sealed class M0734 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0734 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000735_create_t0735")]
    public sealed class M0735 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0735 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000736_create_t0736")]
    public sealed class M0736 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0736 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000737_create_t0737")]
    public sealed class M0737 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0737 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000738_create_t0738")]
    public sealed class M0738 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0738 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000739_create_t0739")]
    public sealed class M0739 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0739 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000740_create_t0740")]
    public sealed class M0740 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0740 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000741_create_t0741")]
    public sealed class M0741 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0741 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000742_create_t0742")]
    public sealed class M0742 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0742 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000743_create_t0743")]
    public sealed class M0743 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0743 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000744_create_t0744")]
    public sealed class M0744 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0744 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000745_create_t0745")]
    public sealed class M0745 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0745 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000746_create_t0746")]
    public sealed class M0746 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0746 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000747_create_t0747")]
    public sealed class M0747 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0747 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000748_create_t0748")]
    public sealed class M0748 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0748 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000749_create_t0749")]
    public sealed class M0749 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0749 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000750_create_t0750")]
    public sealed class M0750 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0750 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000751_create_t0751")]
    public sealed class M0751 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0751 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000752_create_t0752")]
    public sealed class M0752 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0752 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000753_create_t0753")]
    public sealed class M0753 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0753 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000754_create_t0754")]
    public sealed class M0754 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0754 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000755_create_t0755")]
    public sealed class M0755 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0755 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000756_create_t0756")]
    public sealed class M0756 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0756 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000757_create_t0757")]
    public sealed class M0757 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0757 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000758_create_t0758")]
    public sealed class M0758 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0758 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000759_create_t0759")]
    public sealed class M0759 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0759 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000760_create_t0760")]
    public sealed class M0760 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0760 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000761_create_t0761")]
    public sealed class M0761 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0761 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000762_create_t0762")]
    public sealed class M0762 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0762 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000763_create_t0763")]
    public sealed class M0763 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0763 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000764_create_t0764")]
    public sealed class M0764 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0764 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000765_create_t0765")]
    public sealed class M0765 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0765 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000766_create_t0766")]
    public sealed class M0766 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0766 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000767_create_t0767")]
    public sealed class M0767 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0767 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000768_create_t0768")]
    public sealed class M0768 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0768 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000769_create_t0769")]
    public sealed class M0769 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0769 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000770_create_t0770")]
    public sealed class M0770 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0770 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000771_create_t0771")]
    public sealed class M0771 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0771 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000772_create_t0772")]
    public sealed class M0772 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0772 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000773_create_t0773")]
    public sealed class M0773 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0773 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000774_create_t0774")]
    public sealed class M0774 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0774 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000775_create_t0775")]
    public sealed class M0775 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0775 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000776_create_t0776")]
    public sealed class M0776 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0776 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000777_create_t0777")]
    public sealed class M0777 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0777 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000778_create_t0778")]
    public sealed class M0778 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0778 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000779_create_t0779")]
    public sealed class M0779 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0779 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000780_create_t0780")]
    public sealed class M0780 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0780 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000781_create_t0781")]
    public sealed class M0781 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0781 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000782_create_t0782")]
    public sealed class M0782 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0782 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000783_create_t0783")]
    public sealed class M0783 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0783 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000784_create_t0784")]
    public sealed class M0784 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0784 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000785_create_t0785")]
    public sealed class M0785 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0785 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000786_create_t0786")]
    public sealed class M0786 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0786 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000787_create_t0787")]
    public sealed class M0787 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0787 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000788_create_t0788")]
    public sealed class M0788 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0788 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000789_create_t0789")]
    public sealed class M0789 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0789 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000790_create_t0790")]
    public sealed class M0790 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0790 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000791_create_t0791")]
    public sealed class M0791 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0791 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000792_create_t0792")]
    public sealed class M0792 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0792 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000793_create_t0793")]
    public sealed class M0793 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0793 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000794_create_t0794")]
    public sealed class M0794 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0794 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000795_create_t0795")]
    public sealed class M0795 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0795 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000796_create_t0796")]
    public sealed class M0796 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0796 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000797_create_t0797")]
    public sealed class M0797 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0797 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000798_create_t0798")]
    public sealed class M0798 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0798 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000799_create_t0799")]
    public sealed class M0799 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0799 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000800_create_t0800")]
    public sealed class M0800 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0800 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000801_create_t0801")]
    public sealed class M0801 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0801 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000802_create_t0802")]
    public sealed class M0802 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0802 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000803_create_t0803")]
    public sealed class M0803 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0803 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000804_create_t0804")]
    public sealed class M0804 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0804 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000805_create_t0805")]
    public sealed class M0805 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0805 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000806_create_t0806")]
    public sealed class M0806 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0806 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000807_create_t0807")]
    public sealed class M0807 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0807 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000808_create_t0808")]
    public sealed class M0808 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0808 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000809_create_t0809")]
    public sealed class M0809 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0809 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000810_create_t0810")]
    public sealed class M0810 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0810 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000811_create_t0811")]
    public sealed class M0811 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0811 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000812_create_t0812")]
    public sealed class M0812 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0812 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000813_create_t0813")]
    public sealed class M0813 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0813 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000814_create_t0814")]
    public sealed class M0814 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0814 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000815_create_t0815")]
    public sealed class M0815 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0815 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000816_create_t0816")]
    public sealed class M0816 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0816 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000817_create_t0817")]
    public sealed class M0817 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0817 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000818_create_t0818")]
    public sealed class M0818 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0818 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000819_create_t0819")]
    public sealed class M0819 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0819 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000820_create_t0820")]
    public sealed class M0820 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0820 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000821_create_t0821")]
    public sealed class M0821 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0821 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000822_create_t0822")]
    public sealed class M0822 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0822 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000823_create_t0823")]
    public sealed class M0823 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0823 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000824_create_t0824")]
    public sealed class M0824 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0824 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000825_create_t0825")]
    public sealed class M0825 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0825 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000826_create_t0826")]
    public sealed class M0826 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0826 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000827_create_t0827")]
    public sealed class M0827 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0827 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000828_create_t0828")]
    public sealed class M0828 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0828 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000829_create_t0829")]
    public sealed class M0829 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0829 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000830_create_t0830")]
    public sealed class M0830 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0830 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000831_create_t0831")]
    public sealed class M0831 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0831 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000832_create_t0832")]
    public sealed class M0832 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0832 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000833_create_t0833")]
    public sealed class M0833 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0833 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000834_create_t0834")]
    public sealed class M0834 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0834 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000835_create_t0835")]
    public sealed class M0835 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0835 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000836_create_t0836")]
    public sealed class M0836 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0836 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000837_create_t0837")]
    public sealed class M0837 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0837 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000838_create_t0838")]
    public sealed class M0838 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0838 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000839_create_t0839")]
    public sealed class M0839 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0839 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000840_create_t0840")]
    public sealed class M0840 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0840 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000841_create_t0841")]
    public sealed class M0841 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0841 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000842_create_t0842")]
    public sealed class M0842 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0842 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000843_create_t0843")]
    public sealed class M0843 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0843 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000844_create_t0844")]
    public sealed class M0844 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0844 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000845_create_t0845")]
    public sealed class M0845 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0845 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000846_create_t0846")]
    public sealed class M0846 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0846 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000847_create_t0847")]
    public sealed class M0847 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0847 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000848_create_t0848")]
    public sealed class M0848 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0848 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000849_create_t0849")]
    public sealed class M0849 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0849 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000850_create_t0850")]
    public sealed class M0850 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0850 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000851_create_t0851")]
    public sealed class M0851 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0851 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000852_create_t0852")]
    public sealed class M0852 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0852 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000853_create_t0853")]
    public sealed class M0853 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0853 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000854_create_t0854")]
    public sealed class M0854 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0854 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000855_create_t0855")]
    public sealed class M0855 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0855 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000856_create_t0856")]
    public sealed class M0856 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0856 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000857_create_t0857")]
    public sealed class M0857 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0857 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000858_create_t0858")]
    public sealed class M0858 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0858 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000859_create_t0859")]
    public sealed class M0859 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0859 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000860_create_t0860")]
    public sealed class M0860 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0860 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000861_create_t0861")]
    public sealed class M0861 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0861 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000862_create_t0862")]
    public sealed class M0862 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0862 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000863_create_t0863")]
    public sealed class M0863 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0863 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000864_create_t0864")]
    public sealed class M0864 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0864 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000865_create_t0865")]
    public sealed class M0865 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0865 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000866_create_t0866")]
    public sealed class M0866 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0866 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000867_create_t0867")]
    public sealed class M0867 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0867 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000868_create_t0868")]
    public sealed class M0868 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0868 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000869_create_t0869")]
    public sealed class M0869 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0869 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000870_create_t0870")]
    public sealed class M0870 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0870 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000871_create_t0871")]
    public sealed class M0871 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0871 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000872_create_t0872")]
    public sealed class M0872 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0872 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000873_create_t0873")]
    public sealed class M0873 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0873 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000874_create_t0874")]
    public sealed class M0874 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0874 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000875_create_t0875")]
    public sealed class M0875 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0875 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000876_create_t0876")]
    public sealed class M0876 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0876 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000877_create_t0877")]
    public sealed class M0877 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0877 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000878_create_t0878")]
    public sealed class M0878 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0878 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000879_create_t0879")]
    public sealed class M0879 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0879 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000880_create_t0880")]
    public sealed class M0880 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0880 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000881_create_t0881")]
    public sealed class M0881 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0881 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000882_create_t0882")]
    public sealed class M0882 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0882 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000883_create_t0883")]
    public sealed class M0883 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0883 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000884_create_t0884")]
    public sealed class M0884 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0884 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000885_create_t0885")]
    public sealed class M0885 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0885 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000886_create_t0886")]
    public sealed class M0886 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0886 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000887_create_t0887")]
    public sealed class M0887 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0887 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000888_create_t0888")]
    public sealed class M0888 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0888 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000889_create_t0889")]
    public sealed class M0889 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0889 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000890_create_t0890")]
    public sealed class M0890 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0890 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000891_create_t0891")]
    public sealed class M0891 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0891 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000892_create_t0892")]
    public sealed class M0892 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0892 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000893_create_t0893")]
    public sealed class M0893 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0893 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000894_create_t0894")]
    public sealed class M0894 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0894 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000895_create_t0895")]
    public sealed class M0895 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0895 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000896_create_t0896")]
    public sealed class M0896 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0896 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000897_create_t0897")]
    public sealed class M0897 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0897 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000898_create_t0898")]
    public sealed class M0898 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0898 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000899_create_t0899")]
    public sealed class M0899 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0899 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000900_create_t0900")]
    public sealed class M0900 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0900 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000901_create_t0901")]
    public sealed class M0901 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0901 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000902_create_t0902")]
    public sealed class M0902 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0902 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000903_create_t0903")]
    public sealed class M0903 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0903 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000904_create_t0904")]
    public sealed class M0904 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0904 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000905_create_t0905")]
    public sealed class M0905 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0905 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000906_create_t0906")]
    public sealed class M0906 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0906 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000907_create_t0907")]
    public sealed class M0907 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0907 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000908_create_t0908")]
    public sealed class M0908 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0908 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000909_create_t0909")]
    public sealed class M0909 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0909 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000910_create_t0910")]
    public sealed class M0910 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0910 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000911_create_t0911")]
    public sealed class M0911 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0911 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000912_create_t0912")]
    public sealed class M0912 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0912 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000913_create_t0913")]
    public sealed class M0913 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0913 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000914_create_t0914")]
    public sealed class M0914 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0914 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000915_create_t0915")]
    public sealed class M0915 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0915 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000916_create_t0916")]
    public sealed class M0916 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0916 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000917_create_t0917")]
    public sealed class M0917 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0917 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000918_create_t0918")]
    public sealed class M0918 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0918 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000919_create_t0919")]
    public sealed class M0919 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0919 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000920_create_t0920")]
    public sealed class M0920 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0920 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000921_create_t0921")]
    public sealed class M0921 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0921 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000922_create_t0922")]
    public sealed class M0922 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0922 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000923_create_t0923")]
    public sealed class M0923 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0923 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000924_create_t0924")]
    public sealed class M0924 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0924 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000925_create_t0925")]
    public sealed class M0925 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0925 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000926_create_t0926")]
    public sealed class M0926 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0926 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000927_create_t0927")]
    public sealed class M0927 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0927 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000928_create_t0928")]
    public sealed class M0928 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0928 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000929_create_t0929")]
    public sealed class M0929 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0929 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000930_create_t0930")]
    public sealed class M0930 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0930 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000931_create_t0931")]
    public sealed class M0931 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0931 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000932_create_t0932")]
    public sealed class M0932 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0932 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000933_create_t0933")]
    public sealed class M0933 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0933 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000934_create_t0934")]
    public sealed class M0934 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0934 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000935_create_t0935")]
    public sealed class M0935 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0935 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000936_create_t0936")]
    public sealed class M0936 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0936 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000937_create_t0937")]
    public sealed class M0937 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0937 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000938_create_t0938")]
    public sealed class M0938 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0938 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000939_create_t0939")]
    public sealed class M0939 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0939 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000940_create_t0940")]
    public sealed class M0940 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0940 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000941_create_t0941")]
    public sealed class M0941 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0941 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000942_create_t0942")]
    public sealed class M0942 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0942 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000943_create_t0943")]
    public sealed class M0943 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0943 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000944_create_t0944")]
    public sealed class M0944 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0944 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000945_create_t0945")]
    public sealed class M0945 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0945 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000946_create_t0946")]
    public sealed class M0946 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0946 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000947_create_t0947")]
    public sealed class M0947 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0947 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000948_create_t0948")]
    public sealed class M0948 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0948 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000949_create_t0949")]
    public sealed class M0949 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0949 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000950_create_t0950")]
    public sealed class M0950 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0950 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000951_create_t0951")]
    public sealed class M0951 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0951 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000952_create_t0952")]
    public sealed class M0952 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0952 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000953_create_t0953")]
    public sealed class M0953 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0953 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000954_create_t0954")]
    public sealed class M0954 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0954 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000955_create_t0955")]
    public sealed class M0955 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0955 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000956_create_t0956")]
    public sealed class M0956 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0956 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000957_create_t0957")]
    public sealed class M0957 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0957 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000958_create_t0958")]
    public sealed class M0958 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0958 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000959_create_t0959")]
    public sealed class M0959 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0959 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000960_create_t0960")]
    public sealed class M0960 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0960 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000961_create_t0961")]
    public sealed class M0961 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0961 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000962_create_t0962")]
    public sealed class M0962 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0962 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000963_create_t0963")]
    public sealed class M0963 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0963 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000964_create_t0964")]
    public sealed class M0964 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0964 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000965_create_t0965")]
    public sealed class M0965 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0965 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000966_create_t0966")]
    public sealed class M0966 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0966 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000967_create_t0967")]
    public sealed class M0967 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0967 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000968_create_t0968")]
    public sealed class M0968 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0968 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000969_create_t0969")]
    public sealed class M0969 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0969 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000970_create_t0970")]
    public sealed class M0970 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0970 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000971_create_t0971")]
    public sealed class M0971 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0971 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000972_create_t0972")]
    public sealed class M0972 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0972 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000973_create_t0973")]
    public sealed class M0973 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0973 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000974_create_t0974")]
    public sealed class M0974 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0974 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000975_create_t0975")]
    public sealed class M0975 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0975 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000976_create_t0976")]
    public sealed class M0976 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0976 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000977_create_t0977")]
    public sealed class M0977 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0977 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000978_create_t0978")]
    public sealed class M0978 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0978 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000979_create_t0979")]
    public sealed class M0979 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0979 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000980_create_t0980")]
    public sealed class M0980 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0980 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000981_create_t0981")]
    public sealed class M0981 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0981 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000982_create_t0982")]
    public sealed class M0982 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0982 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000983_create_t0983")]
    public sealed class M0983 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0983 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000984_create_t0984")]
    public sealed class M0984 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0984 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000985_create_t0985")]
    public sealed class M0985 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0985 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000986_create_t0986")]
    public sealed class M0986 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0986 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000987_create_t0987")]
    public sealed class M0987 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0987 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000988_create_t0988")]
    public sealed class M0988 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0988 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000989_create_t0989")]
    public sealed class M0989 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0989 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000990_create_t0990")]
    public sealed class M0990 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0990 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000991_create_t0991")]
    public sealed class M0991 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0991 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000992_create_t0992")]
    public sealed class M0992 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0992 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000993_create_t0993")]
    public sealed class M0993 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0993 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000994_create_t0994")]
    public sealed class M0994 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0994 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000995_create_t0995")]
    public sealed class M0995 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0995 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000996_create_t0996")]
    public sealed class M0996 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0996 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000997_create_t0997")]
    public sealed class M0997 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0997 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000998_create_t0998")]
    public sealed class M0998 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0998 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101000999_create_t0999")]
    public sealed class M0999 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t0999 (id INTEGER PRIMARY KEY)");
    }

    [DbContext(typeof(Ef1000Context))]
    [Migration("20250101001000_create_t1000")]
    public sealed class M1000 : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("CREATE TABLE t1000 (id INTEGER PRIMARY KEY)");
    }

}
