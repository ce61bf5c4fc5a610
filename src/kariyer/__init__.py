"""kariyer: Türkiye'deki meslekleri terminalde keşfetmek için bir komut satırı aracı."""

__version__ = "0.1.0"
